/**
 * A deterministic generator of synthetic source texts in the archive's format, for benchmarks at archive scale.
 * Articles imitate the newsrooms' wording (datelines, captions, "Le même jour", month-only dates, furniture) with
 * hundreds of officials and organizations, dozens of countries and every theme. Same seed, same corpus.
 */

/** A small, fast, seedable pseudo-random generator (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SURNAMES = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly', 'Luong', 'Dinh', 'Trinh', 'Mai', 'Cao', 'Ha'];
const MIDDLE = ['Van', 'Thi', 'Duc', 'Minh', 'Quoc', 'Thanh', 'Hong', 'Xuan', 'Dinh', 'Tuan', 'Ngoc', 'Hai'];
const GIVEN = ['Hung', 'Dung', 'Quang', 'Son', 'Nam', 'Long', 'Tuan', 'Hai', 'Binh', 'Phuc', 'Thang', 'Trung', 'Khanh', 'Lam', 'Tam', 'Vinh', 'Hoa', 'Lan', 'Mai', 'Huong'];
const PORTFOLIOS = [
  ['la Sécurité publique', 'criminalite-transnationale'],
  ['la Défense', 'defense'],
  ['l’Industrie et du Commerce', 'commerce-investissement'],
  ['la Santé', 'sante'],
  ['l’Éducation et de la Formation', 'formation'],
  ['l’Agriculture et du Développement rural', 'agriculture'],
  ['les Transports', 'transport-logistique'],
  ['la Science et de la Technologie', 'science-technologie'],
  ['l’Information et des Communications', 'numerique'],
  ['la Justice', 'justice'],
] as const;
const PROVINCES = ['Quang Ninh', 'Can Tho', 'Binh Duong', 'Khanh Hoa', 'Lao Cai', 'Hai Phong', 'Da Nang', 'Nghe An', 'Dong Nai', 'Thanh Hoa'];
const CITIES = ['Hanoï', 'Hanoï', 'Hanoï', 'Ho Chi Minh-Ville', 'Da Nang', 'Hai Phong'];

interface ForeignCountry {
  name: string;
  /** The name with its article, as in "le Vietnam et la France". */
  the: string;
  of: string;
  demonym: string;
  capital: string;
  first: string[];
  last: string[];
  companies: string[];
}
const COUNTRIES: ForeignCountry[] = [
  { name: 'Japon', the: 'le Japon', of: 'du Japon', demonym: 'japonais', capital: 'Tokyo', first: ['Hiroshi', 'Kenji', 'Yuko', 'Takeshi', 'Akira'], last: ['Tanaka', 'Suzuki', 'Sato', 'Watanabe', 'Ito'], companies: ['Toyota', 'Mitsubishi Corporation', 'Aeon', 'Sumitomo'] },
  { name: 'Corée du Sud', the: 'la République de Corée', of: 'de la République de Corée', demonym: 'sud-coréen', capital: 'Séoul', first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Hyun-woo'], last: ['Park', 'Choi', 'Jung', 'Kang'], companies: ['Samsung', 'LG', 'Hyundai', 'SK Group'] },
  { name: 'États-Unis', the: 'les États-Unis', of: 'des États-Unis', demonym: 'américain', capital: 'Washington', first: ['John', 'Sarah', 'Michael', 'Emily', 'Robert'], last: ['Miller', 'Johnson', 'Davis', 'Wilson', 'Clark'], companies: ['Google', 'Microsoft', 'Boeing', 'Intel'] },
  { name: 'France', the: 'la France', of: 'de France', demonym: 'français', capital: 'Paris', first: ['Jean', 'Claire', 'Pierre', 'Sophie'], last: ['Martin', 'Bernard', 'Dubois', 'Lefèvre'], companies: ['Airbus', 'TotalEnergies', 'Sanofi'] },
  { name: 'Allemagne', the: 'l’Allemagne', of: 'd’Allemagne', demonym: 'allemand', capital: 'Berlin', first: ['Klaus', 'Anna', 'Stefan', 'Julia'], last: ['Müller', 'Schmidt', 'Weber', 'Fischer'], companies: ['Siemens', 'Bosch', 'BASF'] },
  { name: 'Laos', the: 'le Laos', of: 'du Laos', demonym: 'lao', capital: 'Vientiane', first: ['Khamphao', 'Sonexay', 'Vilay', 'Bounkham'], last: ['Phommavong', 'Sithong', 'Keomany', 'Vongsa'], companies: ['EDL'] },
  { name: 'Cambodge', the: 'le Cambodge', of: 'du Cambodge', demonym: 'cambodgien', capital: 'Phnom Penh', first: ['Sok', 'Chea', 'Hun', 'Sar'], last: ['Sophal', 'Vuthy', 'Dara', 'Rithy'], companies: ['ACLEDA'] },
  { name: 'Chine', the: 'la Chine', of: 'de Chine', demonym: 'chinois', capital: 'Pékin', first: ['Wang', 'Li', 'Zhang', 'Liu'], last: ['Wei', 'Jun', 'Ming', 'Hua'], companies: ['Huawei', 'Alibaba', 'BYD'] },
  { name: 'Russie', the: 'la Russie', of: 'de Russie', demonym: 'russe', capital: 'Moscou', first: ['Sergei', 'Alexei', 'Irina', 'Dmitri'], last: ['Ivanov', 'Petrov', 'Smirnov', 'Volkov'], companies: ['Gazprom', 'Rosatom', 'Zarubezhneft'] },
  { name: 'Inde', the: 'l’Inde', of: 'de l’Inde', demonym: 'indien', capital: 'New Delhi', first: ['Rahul', 'Priya', 'Anil', 'Sunita'], last: ['Sharma', 'Patel', 'Gupta', 'Singh'], companies: ['Tata', 'Infosys'] },
  { name: 'Australie', the: 'l’Australie', of: 'd’Australie', demonym: 'australien', capital: 'Canberra', first: ['James', 'Olivia', 'Jack', 'Chloe'], last: ['Smith', 'Brown', 'Taylor', 'Walker'], companies: ['BHP'] },
  { name: 'Singapour', the: 'Singapour', of: 'de Singapour', demonym: 'singapourien', capital: 'Singapour', first: ['Wei Ling', 'Kelvin', 'Grace'], last: ['Tan', 'Lim', 'Goh'], companies: ['Sembcorp', 'CapitaLand'] },
  { name: 'Thaïlande', the: 'la Thaïlande', of: 'de Thaïlande', demonym: 'thaïlandais', capital: 'Bangkok', first: ['Somchai', 'Anong', 'Prasert'], last: ['Wongsa', 'Chaiyaporn', 'Srisuk'], companies: ['CP Group'] },
  { name: 'Italie', the: 'l’Italie', of: 'd’Italie', demonym: 'italien', capital: 'Rome', first: ['Marco', 'Giulia', 'Luca'], last: ['Rossi', 'Bianchi', 'Romano'], companies: ['Eni'] },
  { name: 'Brésil', the: 'le Brésil', of: 'du Brésil', demonym: 'brésilien', capital: 'Brasilia', first: ['João', 'Ana', 'Carlos'], last: ['Silva', 'Santos', 'Oliveira'], companies: ['Embraer'] },
];

const THEME_SENTENCES: Record<string, string> = {
  cybersecurite: 'la lutte contre la cybercriminalité et la fraude en ligne',
  'criminalite-transnationale': 'la prévention et la lutte contre la criminalité transnationale',
  drogue: 'la lutte contre le trafic de drogue',
  'traite-des-etres-humains': 'la lutte contre la traite des êtres humains',
  'immigration-illegale': 'la gestion des frontières et la lutte contre l’immigration illégale',
  'criminalite-financiere': 'la lutte contre le blanchiment d’argent',
  'securite-maritime': 'la sécurité maritime',
  defense: 'la coopération en matière de défense',
  numerique: 'la transformation numérique',
  'intelligence-artificielle': 'l’intelligence artificielle',
  'science-technologie': 'les semi-conducteurs et les technologies de pointe',
  energie: 'l’énergie renouvelable',
  'commerce-investissement': 'le commerce et l’investissement',
  formation: 'la formation des ressources humaines',
  sante: 'la santé publique',
  'transport-logistique': 'la logistique et le transport',
  justice: 'l’entraide judiciaire',
  'faune-sauvage': 'la lutte contre le trafic d’espèces sauvages',
  'culture-societe': 'le tourisme et les échanges culturels',
  agriculture: 'l’agriculture et la sécurité alimentaire',
};
const THEMES = Object.keys(THEME_SENTENCES);
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

interface Host {
  name: string;
  role: string;
}
interface Guest {
  name: string;
  role: string;
}

function vietnameseName(random: Random): string {
  return `${pick(random, SURNAMES)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
}

function host(random: Random): Host {
  const kind = random();
  if (kind < 0.55) {
    const [portfolio] = pick(random, PORTFOLIOS);
    return { name: vietnameseName(random), role: `${random() < 0.5 ? 'ministre' : 'vice-ministre'} de ${portfolio}` };
  }
  if (kind < 0.8) return { name: vietnameseName(random), role: `président du Comité populaire de la province de ${pick(random, PROVINCES)}` };
  return { name: vietnameseName(random), role: pick(random, ['vice-Premier ministre', 'Premier ministre', 'président de l’Assemblée nationale']) };
}

function guest(random: Random, country: ForeignCountry): Guest {
  const name = `${pick(random, country.first)} ${pick(random, country.last)}`;
  const kind = random();
  if (kind < 0.35) return { name, role: `ambassadeur ${country.of} au Vietnam` };
  if (kind < 0.7) return { name, role: `directeur général du groupe ${pick(random, country.companies)}` };
  const [portfolio] = pick(random, PORTFOLIOS);
  return { name, role: `ministre ${country.demonym} de ${portfolio}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** One synthetic source: its id (file stem) and text. */
export interface SyntheticSource {
  id: string;
  text: string;
}

/** Generates the article with index `i` of a corpus; the same (seed, i) always gives the same text. */
export function generateArticle(seed: number, i: number): SyntheticSource {
  const random = createRandom(seed * 1_000_003 + i);
  const year = 2015 + Math.floor(random() * 11);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 27);
  const monthOnly = random() < 0.2;
  const published = monthOnly ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(Math.min(28, day + 1))}`;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
  const when = pick(random, [`le ${day} ${MONTHS[month - 1]}`, `${weekday} ${day} ${MONTHS[month - 1]}`, `dans l’après-midi du ${day} ${MONTHS[month - 1]}`]);
  const city = pick(random, CITIES);
  const country = pick(random, COUNTRIES);
  const h = host(random);
  const meetings = random() < 0.15 ? 2 + Math.floor(random() * 2) : 1;
  const paragraphs: string[] = [];
  const guests = Array.from({ length: meetings }, () => guest(random, random() < 0.8 ? country : pick(random, COUNTRIES)));
  const g0 = guests[0]!;
  paragraphs.push(`${city} (VNA) - Le ${h.role}, ${h.name}, a reçu ${when} à ${city} le ${g0.role}, ${g0.name}.`);
  if (random() < 0.3) paragraphs.push(`Le ${h.role} ${h.name} (à droite) et ${g0.name}. Photo : VNA`);
  guests.forEach((g, index) => {
    if (index > 0) {
      const opener = pick(random, ['Le même jour', 'Auparavant', 'Plus tôt dans la journée']);
      paragraphs.push(`${opener}, ${h.name} a reçu le ${g.role}, ${g.name}.`);
    }
    const themes = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, THEMES));
    paragraphs.push(`Lors de la rencontre, ${h.name} a souligné l’importance de la coopération avec ${country.the} dans ${themes.map((t) => THEME_SENTENCES[t]).join(', ')}.`);
    paragraphs.push(`De son côté, ${g.name} a affirmé sa volonté de renforcer les liens avec le Vietnam, notamment dans ${THEME_SENTENCES[pick(random, themes)]}.`);
  });
  if (random() < 0.3) paragraphs.push(`>> Le Vietnam et ${country.the} renforcent leur coopération`);
  paragraphs[paragraphs.length - 1] += random() < 0.5 ? ' -VNA' : '';
  const headline = random() < 0.5 ? `${h.name} reçoit ${g0.role.startsWith('ambassadeur') ? 'l’ambassadeur' : 'un responsable'} ${country.of}` : 'Photo : VNA';
  const id = `${String(i).padStart(6, '0')}_${(seed + i).toString(16).padStart(8, '0')}`;
  return { id, text: ` date ${published} ${headline}\n\n${paragraphs.join('\n\n')}\n` };
}
