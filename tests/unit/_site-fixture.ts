// A small hand-made archive for the site's unit tests, built through the schemas so it is always valid.
import { CountrySchema } from '../../src/schemas/country';
import { MeetingSchema, type Meeting } from '../../src/schemas/meeting';
import { OfficialSchema } from '../../src/schemas/official';
import { OrganizationSchema } from '../../src/schemas/organization';
import { sourceTextDigest, toSourceRecord } from '../../src/ingest/source-record';
import { SourceSchema } from '../../src/schemas/source';
import { ThemeSchema } from '../../src/schemas/theme';
import { createArchive, type ArchiveData } from '../../src/lib/archive';

export const countries = [
  { id: 'vietnam', name: 'Vietnam', nameEn: 'Vietnam' },
  { id: 'etats-unis', name: 'États-Unis', nameEn: 'United States' },
  { id: 'russie', name: 'Russie', nameEn: 'Russia' },
].map((c) => CountrySchema.parse(c));

export const officials = [
  { id: 'luong-tam-quang', name: 'Lương Tam Quang', aliases: ['Luong Tam Quang'], country: 'vietnam', side: 'home' },
  { id: 'to-lam', name: 'Tô Lâm', aliases: ['To Lam'], country: 'vietnam', side: 'home' },
  { id: 'le-quoc-hung', name: 'Lê Quôc Hùng', aliases: [], country: 'vietnam', side: 'home' },
  { id: 'nguyen-quoc-dung', name: 'Nguyên Quôc Dung', aliases: [], country: 'vietnam', side: 'home' },
  { id: 'shannon-kellogg', name: 'Shannon Kellogg', aliases: [], country: 'etats-unis', side: 'foreign' },
  { id: 'kerry-person', name: 'Kerry Person', aliases: [], country: 'etats-unis', side: 'foreign' },
  { id: 'chris-landberg', name: 'Chris Landberg', aliases: [], country: 'etats-unis', side: 'foreign' },
  { id: 'sergei-kudryashov', name: 'Sergei Ivanovich Kudryashov', aliases: [], country: 'russie', side: 'foreign' },
].map((o) => OfficialSchema.parse(o));

export const organizations = [
  { id: 'ministere-securite-publique', name: 'ministère de la Sécurité publique', abbreviation: null, aliases: ['ministère de la Police'], country: 'vietnam' },
  { id: 'amazon', name: 'Amazon', abbreviation: null, aliases: [], country: 'etats-unis' },
  { id: 'amazon-web-services', name: 'Amazon Web Services', abbreviation: 'AWS', aliases: [], country: 'etats-unis' },
  { id: 'zarubezhneft', name: 'Zarubezhneft', abbreviation: null, aliases: [], country: 'russie' },
  { id: 'inl', name: 'Bureau pour le Trafic de drogue international et le Respect des lois', abbreviation: 'INL', aliases: [], country: 'etats-unis' },
].map((o) => OrganizationSchema.parse(o));

export const themes = [
  { id: 'numerique', label: 'Numérique', labelEn: 'Digital', scope: 'digital' },
  { id: 'cybersecurite', label: 'Cybersécurité', labelEn: 'Cybersecurity', scope: 'cyber' },
  { id: 'energie', label: 'Énergie', labelEn: 'Energy', scope: 'energy' },
  { id: 'drogue', label: 'Lutte contre la drogue', labelEn: 'Drug trafficking', scope: 'drugs' },
].map((t) => ThemeSchema.parse(t));

const person = (official: string, name: string, side: 'home' | 'foreign', organization: string | null, country: string | null, role: string | null = null) =>
  ({ official, name, role, organization, country, side });

export const meetings: Meeting[] = [
  {
    id: '2026-02-19-luong-tam-quang-shannon-kellogg', source: 's0', position: 0, published: '2026-02-22', date: '2026-02-19',
    title: 'Le ministre rencontre un dirigeant d’Amazon', titleGenerated: false, place: 'Washington',
    participants: [person('luong-tam-quang', 'Luong Tam Quang', 'home', 'ministere-securite-publique', 'vietnam', 'ministre de la Police'), person('shannon-kellogg', 'Shannon Kellogg', 'foreign', 'amazon', 'etats-unis', 'vice-président')],
    organizations: ['ministere-securite-publique', 'amazon'], countries: ['vietnam', 'etats-unis'], themes: ['numerique', 'cybersecurite'], paragraphs: [0, 1],
  },
  {
    id: '2026-03-04-luong-tam-quang-kerry-person', source: 's1', position: 0, published: '2026-03-05', date: '2026-03-04',
    title: 'Luong Tam Quang reçoit Kerry Person', titleGenerated: true, place: 'Hanoï',
    participants: [person('luong-tam-quang', 'Luong Tam Quang', 'home', 'ministere-securite-publique', 'vietnam'), person('kerry-person', 'Kerry Person', 'foreign', 'amazon-web-services', 'etats-unis')],
    organizations: ['ministere-securite-publique', 'amazon-web-services'], countries: ['vietnam', 'etats-unis'], themes: ['numerique'], paragraphs: [0],
  },
  {
    id: '2025-05-to-lam-sergei-kudryashov', source: 's2', position: 0, published: '2025-05', date: '2025-05',
    title: 'Tô Lâm rencontre Sergei Ivanovich Kudryashov', titleGenerated: true, place: null,
    participants: [person('to-lam', 'Tô Lâm', 'home', null, 'vietnam', 'secrétaire général du Parti'), person('sergei-kudryashov', 'Sergei Ivanovich Kudryashov', 'foreign', 'zarubezhneft', 'russie', 'directeur général')],
    organizations: ['zarubezhneft'], countries: ['vietnam', 'russie'], themes: ['energie'], paragraphs: [0],
  },
  {
    id: '2025-05-to-lam-kerry-person', source: 's2', position: 1, published: '2025-05', date: '2025-05',
    title: 'Tô Lâm rencontre Kerry Person', titleGenerated: true, place: null,
    participants: [person('to-lam', 'Tô Lâm', 'home', null, 'vietnam'), person('kerry-person', 'Kerry Person', 'foreign', 'amazon-web-services', 'etats-unis')],
    organizations: ['amazon-web-services'], countries: ['vietnam', 'etats-unis'], themes: ['numerique'], paragraphs: [1],
  },
  {
    id: '2025-09-05-le-quoc-hung-chris-landberg', source: 's3', position: 0, published: '2025-09-06', date: '2025-09-05',
    title: 'Dialogue sur le maintien de l’ordre', titleGenerated: false, place: 'Washington',
    participants: [person('le-quoc-hung', 'Lê Quôc Hùng', 'home', 'ministere-securite-publique', 'vietnam', 'vice-ministre'), person('nguyen-quoc-dung', 'Nguyên Quôc Dung', 'home', null, 'vietnam', 'ambassadeur'), person('chris-landberg', 'Chris Landberg', 'foreign', 'inl', 'etats-unis')],
    organizations: ['ministere-securite-publique', 'inl'], countries: ['vietnam', 'etats-unis'], themes: ['drogue', 'cybersecurite'], paragraphs: [0],
  },
  {
    id: '2024-01-10-luong-tam-quang-kerry-person', source: 's4', position: 0, published: '2024-01-11', date: '2024-01-10',
    title: 'Nouvelle rencontre', titleGenerated: true, place: 'Hanoï',
    participants: [person('luong-tam-quang', 'Lương Tam Quang', 'home', 'ministere-securite-publique', 'vietnam', 'vice-ministre'), person('kerry-person', 'Kerry Person', 'foreign', 'amazon-web-services', 'etats-unis')],
    organizations: ['ministere-securite-publique', 'amazon-web-services'], countries: ['vietnam', 'etats-unis'], themes: [], paragraphs: [0],
  },
].map((m) => MeetingSchema.parse(m));

const source = (id: string, published: string, headline: string, headlineKind: 'headline' | 'caption' | 'sentence', paragraphs: [string, boolean][]) =>
  SourceSchema.parse({ id, file: `content/sources/${id}.txt`, published, headline, headlineKind, paragraphs: paragraphs.map(([text, furniture]) => ({ text, furniture })) });

/** The fixture's source texts, parsed: what a meeting page reads from the source's file. */
export const sourceTexts = [
  source('s0', '2026-02-22', 'Le ministre rencontre un dirigeant d’Amazon', 'headline', [
    ['Le général Luong Tam Quang a reçu Shannon Kellogg, vice-président d’Amazon.', false],
    ['Lương a salué Amazon. Kellogg a remercié le ministère de la Police.', false],
    ['Photo : VNA', true],
  ]),
  source('s1', '2026-03-05', 'Lors de la réception. Photo : VNA', 'caption', [['Luong Tam Quang a reçu Kerry Person, d’Amazon Web Services (AWS).', false]]),
  source('s2', '2025-05', 'Le secrétaire général Tô Lâm rencontre des entreprises', 'headline', [
    ['Lors de sa rencontre avec Sergei Ivanovich Kudryashov, Tô Lâm a parlé d’énergie.', false],
    ['En rencontrant Kerry Person, Tô Lâm a parlé de <script>alert(1)</script> {numérique}.', false],
    ['>> Autre article', true],
  ]),
  source('s3', '2025-09-06', 'Le Vietnam et les États-Unis dialoguent', 'headline', [['Lê Quôc Hùng et Chris Landberg ont coprésidé le dialogue.', false]]),
  source('s4', '2024-01-11', 'Nouvelle rencontre', 'headline', [['Lương Tam Quang a revu Kerry Person.', false]]),
];

/** The archive's records of those sources; the digest of each is taken over its paragraphs, standing for the file's text. */
export const sources = sourceTexts.map((source) => toSourceRecord(source, sourceTextDigest(JSON.stringify(source.paragraphs))));

/** The parsed source text with this id (throws when absent, so a typo fails the test). */
export function sourceTextById(id: string) {
  const source = sourceTexts.find((s) => s.id === id);
  if (!source) throw new Error(`no fixture source ${id}`);
  return source;
}

export const data: ArchiveData = { meetings, officials, organizations, countries, themes, sources };

/** A fresh archive over the fixture data. */
export function fixtureArchive() {
  return createArchive(data);
}

/** The fixture meeting with this id (throws when absent, so a typo fails the test). */
export function meetingById(id: string): Meeting {
  const meeting = meetings.find((m) => m.id === id);
  if (!meeting) throw new Error(`no fixture meeting ${id}`);
  return meeting;
}
