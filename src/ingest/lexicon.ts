/**
 * Linguistic knowledge of French news reports that the extractor relies on: words, not facts.
 * Facts about people, organizations, countries and places live in content/data/.
 */

export const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

export const WEEKDAYS: Record<string, number> = { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 };

/** Ranks and courtesy titles that are not part of a name ("le général de corps d'armée X", "Mme X", "Samdech Krolahom X"). */
export const HONORIFICS = [
  "général de corps d'armée", "général d'armée", 'général de division', 'général de brigade', 'lieutenant-général',
  'colonel-général', 'général', 'colonel', 'lieutenant-colonel', 'commandant', 'capitaine', 'amiral', 'vice-amiral',
  'contre-amiral', 'major-général', 'Mme', 'Mlle', 'M.', 'MM.', 'Dr', 'Dr.', 'Pr', 'Pr.', 'professeur', 'docteur',
  'Samdech', 'Krolahom', 'Akka Moha Sena Padei Techo', 'Techo', 'Son Excellence', 'S.E.', 'Sir', 'Lord', 'Dame',
  'cheikh', 'Cheikh', 'Sheikh', 'prince', 'princesse', 'Datuk', 'Dato', "Dato'", 'Tan Sri', 'Pehin', 'Haji', 'Hajji',
];

/** Head nouns of roles, longest first when they share a prefix. Feminine and plural forms are matched by the role pattern. */
export const ROLE_HEADS = [
  'présidente-directrice générale', 'président-directeur général', 'P-DG', 'cheffe de mission', 'chef de mission', 'directeur pays',
  'directrice pays', 'représentant régional', 'représentante régionale', 'commissaire général', 'cheffe', 'directeur exécutif', 'directrice exécutive',
  'vice-Premier ministre', 'Premier ministre', 'vice-ministre', 'sous-secrétaire', 'ministre', 'secrétaire général adjoint',
  "secrétaire d'État adjoint", "secrétaire d'État", 'secrétaire général', 'secrétaire adjoint', 'secrétaire permanent', 'secrétaire',
  'premier secrétaire', 'premier vice-président', 'vice-président', 'président', 'chef du gouvernement', "chef de l'État",
  'chef', 'ambassadeur', 'ambassadrice', 'consul général', 'consule générale', 'consul', 'consule', 'attaché', 'chargé d\'affaires',
  'directeur général adjoint', 'directeur général', 'directrice générale', 'directeur adjoint', 'directrice adjointe', 'directeur',
  'directrice', 'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'gouverneur', 'gouverneure',
  'vice-gouverneur', 'maire', 'adjoint au maire', 'coordinateur', 'coordinatrice', 'représentant', 'représentante',
  'commandant', 'commandante', 'vice-commandant', 'vice-commandante', 'commissaire', 'dirigeant', 'dirigeante', 'responsable',
  'PDG', 'P.-D.G.', 'administrateur', 'administratrice', 'conseiller', 'conseillère', 'envoyé spécial', 'envoyée spéciale',
  'délégué', 'déléguée', 'député', 'députée', 'sénateur', 'sénatrice', 'chancelier', 'chancelière', 'roi', 'reine', 'prince',
  'émir', 'sultan', 'gouverneure', 'procureur', 'procureure', 'juge', 'inspecteur général', 'chef d\'état-major', 'porte-parole',
  'haut-commissaire', 'haut représentant', 'rapporteur', 'successeur', 'membre', 'leader', 'patron',
  'vice-présidente', 'présidente', 'secrétaire générale', 'secrétaire générale adjointe', 'première secrétaire',
];

/**
 * Capitalized words that never belong to a person's name (months are lowercase in French; "mai" is left out because
 * Mai is a common Vietnamese name): French function words that open sentences,
 * and common nouns written with a capital in institution names.
 */
export const NOT_NAME_WORDS = new Set(
  `le la les l un une des du de d au aux et ou en dans sur sous par pour avec sans lors selon depuis pendant durant après avant vers chez entre contre malgré grâce outre
  ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu qui que quoi dont où quand comme si mais donc car ainsi aussi puis enfin toutefois cependant
  auparavant ensuite également notamment concernant s'agissant accueillant affirmant appréciant félicitant compte tenu pour quant parmi à a est sont été
  parti partis état états etat etats gouvernement assemblée nationale national comité central conseil bureau ministère ministères département agence office
  président présidente premier première ministre vice secrétaire général générale directeur directrice chef ambassadeur ambassade consulat consul
  organisation organisations nations unies union européenne association fédération fonds banque forum dialogue sommet conférence congrès partenariat
  police sécurité défense publique armée force forces garde marine douanes justice intérieur affaires étrangères finances plan investissement commerce industrie
  économie développement commonwealth chambre académie institut université école groupe société services service compagnie corporation entreprise
  république royaume empire fédérale fédéral populaire socialiste démocratique communiste municipal provincial permanent
  asie pacifique europe afrique amérique océanie sud nord est ouest centre orient moyen extrême ville province capitale golfe mer
  trafic respect lois loi drogue ceinture route fête photo vna vov cvn vi ttxvn pcv pcj anc onu asean ue otan fbi inl cbp afp aws ia
  dieu janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
  vietnam
  grand grande transports finances
  solar mobility foods industries industry energy group holdings technologies technology corporation corp inc ltd motors airlines airways
  electronics systems solutions logistics pharma pharmaceuticals steel resources semiconductor semiconductors chemicals automotive aerospace
  telecom networks ventures capital bank foundation institute university`.split(/\s+/),
);

/** Common Vietnamese family names, folded; a name starting with one is likely Vietnamese. */
export const VIETNAMESE_SURNAMES = new Set(
  `nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly to luong dinh trinh doan lam mai cao ha tat vuong chu thai
  truong kieu quach lai van dam giang khuat lu luu mac nghiem ong phung quan ta thach tieu trieu vi nong hua dao
  lo bach ton trang`.split(/\s+/),
);

/** Organization-type nouns: a capitalized name right after one is an organization, not a person. */
export const ORGANIZATION_NOUNS = [
  'société', 'groupe', 'entreprise', 'compagnie', 'firme', 'banque', 'agence', "l'agence", 'cabinet', 'fondation', 'université',
  'institut', 'organisation', 'association', 'fonds', 'corporation', 'holding', 'constructeur', 'géant', 'fabricant', 'opérateur',
  'complexe', 'préfecture', 'province', 'ville', 'localité', 'commune', 'district', 'région', 'État de', 'journal', 'chaîne', 'conglomérat',
  // Places and works named like people: "la centrale de Mông Duong", "la porte frontalière de Kim Thành".
  'centrale', 'usine', 'parc', 'port', 'zone', 'porte frontalière', 'poste-frontière', 'poste frontière', 'aéroport', 'hôpital', 'école',
  'temple', 'pagode', 'pont', 'autoroute', 'ligne', 'projet', 'plateforme', 'marque', 'filiale', 'baie', 'île', 'fleuve', 'rivière', 'lac', 'mont',
];
