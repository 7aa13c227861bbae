// SCIAN/NAICS Canada 2022: the 20 sectors (2 digits) and their subsectors (3 digits), French and English.
// Deeper levels (industry groups, industries) are not shipped; members are classified at 3 digits.

export interface ScianSector {
  /** '23', or a range such as '31-33'. */
  code: string;
  fr: string;
  en: string;
  /** The 2-digit prefixes that belong to the sector ('31', '32', '33' for '31-33'). */
  prefixes: readonly string[];
}

export interface ScianSubsector {
  code: string;
  sector: string;
  fr: string;
  en: string;
}

const sector = (code: string, fr: string, en: string): ScianSector => {
  const [from, to = from] = code.split('-');
  const prefixes: string[] = [];
  for (let p = Number(from); p <= Number(to); p++) prefixes.push(String(p));
  return { code, fr, en, prefixes };
};

export const SCIAN_SECTORS: readonly ScianSector[] = [
  sector('11', 'Agriculture, foresterie, pêche et chasse', 'Agriculture, forestry, fishing and hunting'),
  sector(
    '21',
    'Extraction minière, exploitation en carrière, et extraction de pétrole et de gaz',
    'Mining, quarrying, and oil and gas extraction',
  ),
  sector('22', 'Services publics', 'Utilities'),
  sector('23', 'Construction', 'Construction'),
  sector('31-33', 'Fabrication', 'Manufacturing'),
  sector('41', 'Commerce de gros', 'Wholesale trade'),
  sector('44-45', 'Commerce de détail', 'Retail trade'),
  sector('48-49', 'Transport et entreposage', 'Transportation and warehousing'),
  sector('51', "Industrie de l'information et industrie culturelle", 'Information and cultural industries'),
  sector('52', 'Finance et assurances', 'Finance and insurance'),
  sector(
    '53',
    'Services immobiliers et services de location et de location à bail',
    'Real estate and rental and leasing',
  ),
  sector(
    '54',
    'Services professionnels, scientifiques et techniques',
    'Professional, scientific and technical services',
  ),
  sector('55', "Gestion de sociétés et d'entreprises", 'Management of companies and enterprises'),
  sector(
    '56',
    "Services administratifs, services de soutien, services de gestion des déchets et services d'assainissement",
    'Administrative and support, waste management and remediation services',
  ),
  sector('61', "Services d'enseignement", 'Educational services'),
  sector('62', 'Soins de santé et assistance sociale', 'Health care and social assistance'),
  sector('71', 'Arts, spectacles et loisirs', 'Arts, entertainment and recreation'),
  sector('72', "Services d'hébergement et de restauration", 'Accommodation and food services'),
  sector('81', 'Autres services (sauf les administrations publiques)', 'Other services (except public administration)'),
  sector('91', 'Administrations publiques', 'Public administration'),
];

const sub = (code: string, fr: string, en: string): Omit<ScianSubsector, 'sector'> => ({ code, fr, en });

const SUBSECTOR_LIST = [
  sub('111', 'Cultures agricoles', 'Crop production'),
  sub('112', 'Élevage et aquaculture', 'Animal production and aquaculture'),
  sub('113', 'Foresterie et exploitation forestière', 'Forestry and logging'),
  sub('114', 'Pêche, chasse et piégeage', 'Fishing, hunting and trapping'),
  sub(
    '115',
    "Activités de soutien à l'agriculture et à la foresterie",
    'Support activities for agriculture and forestry',
  ),
  sub('211', 'Extraction de pétrole et de gaz', 'Oil and gas extraction'),
  sub(
    '212',
    "Extraction minière et exploitation en carrière (sauf l'extraction de pétrole et de gaz)",
    'Mining and quarrying (except oil and gas)',
  ),
  sub(
    '213',
    "Activités de soutien à l'extraction minière, et à l'extraction de pétrole et de gaz",
    'Support activities for mining, and oil and gas extraction',
  ),
  sub('221', 'Services publics', 'Utilities'),
  sub('236', 'Construction de bâtiments', 'Construction of buildings'),
  sub('237', 'Travaux de génie civil', 'Heavy and civil engineering construction'),
  sub('238', 'Entrepreneurs spécialisés', 'Specialty trade contractors'),
  sub('311', "Fabrication d'aliments", 'Food manufacturing'),
  sub('312', 'Fabrication de boissons et de produits du tabac', 'Beverage and tobacco product manufacturing'),
  sub('313', 'Usines de textiles', 'Textile mills'),
  sub('314', 'Usines de produits textiles', 'Textile product mills'),
  sub('315', 'Fabrication de vêtements', 'Clothing manufacturing'),
  sub('316', 'Fabrication de produits en cuir et de produits analogues', 'Leather and allied product manufacturing'),
  sub('321', 'Fabrication de produits en bois', 'Wood product manufacturing'),
  sub('322', 'Fabrication du papier', 'Paper manufacturing'),
  sub('323', 'Impression et activités connexes de soutien', 'Printing and related support activities'),
  sub('324', 'Fabrication de produits du pétrole et du charbon', 'Petroleum and coal product manufacturing'),
  sub('325', 'Fabrication de produits chimiques', 'Chemical manufacturing'),
  sub('326', 'Fabrication de produits en plastique et en caoutchouc', 'Plastics and rubber products manufacturing'),
  sub('327', 'Fabrication de produits minéraux non métalliques', 'Non-metallic mineral product manufacturing'),
  sub('331', 'Première transformation des métaux', 'Primary metal manufacturing'),
  sub('332', 'Fabrication de produits métalliques', 'Fabricated metal product manufacturing'),
  sub('333', 'Fabrication de machines', 'Machinery manufacturing'),
  sub('334', 'Fabrication de produits informatiques et électroniques', 'Computer and electronic product manufacturing'),
  sub(
    '335',
    "Fabrication de matériel, d'appareils et de composants électriques",
    'Electrical equipment, appliance and component manufacturing',
  ),
  sub('336', 'Fabrication de matériel de transport', 'Transportation equipment manufacturing'),
  sub('337', 'Fabrication de meubles et de produits connexes', 'Furniture and related product manufacturing'),
  sub('339', 'Activités diverses de fabrication', 'Miscellaneous manufacturing'),
  sub('411', 'Grossistes-marchands de produits agricoles', 'Farm product merchant wholesalers'),
  sub('412', 'Grossistes-marchands de produits pétroliers', 'Petroleum and petroleum products merchant wholesalers'),
  sub(
    '413',
    'Grossistes-marchands de produits alimentaires, de boissons et de tabac',
    'Food, beverage and tobacco merchant wholesalers',
  ),
  sub(
    '414',
    "Grossistes-marchands d'articles personnels et ménagers",
    'Personal and household goods merchant wholesalers',
  ),
  sub(
    '415',
    'Grossistes-marchands de véhicules automobiles et de leurs pièces et accessoires',
    'Motor vehicle and motor vehicle parts and accessories merchant wholesalers',
  ),
  sub(
    '416',
    'Grossistes-marchands de matériaux et fournitures de construction',
    'Building material and supplies merchant wholesalers',
  ),
  sub(
    '417',
    'Grossistes-marchands de machines, de matériel et de fournitures',
    'Machinery, equipment and supplies merchant wholesalers',
  ),
  sub('418', 'Grossistes-marchands de produits divers', 'Miscellaneous merchant wholesalers'),
  sub('419', 'Agents et courtiers du commerce de gros', 'Wholesale trade agents and brokers'),
  sub('441', 'Marchands de véhicules automobiles et de leurs pièces', 'Motor vehicle and parts dealers'),
  sub(
    '444',
    'Marchands de matériaux de construction et de matériel et fournitures de jardinage',
    'Building material and garden equipment and supplies dealers',
  ),
  sub('445', "Détaillants d'aliments et de boissons", 'Food and beverage retailers'),
  sub(
    '449',
    "Détaillants de meubles, d'articles d'ameublement, d'appareils électroniques et d'appareils ménagers",
    'Furniture, home furnishings, electronics and appliances retailers',
  ),
  sub('455', 'Détaillants de marchandises diverses', 'General merchandise retailers'),
  sub('456', 'Détaillants de produits de santé et de soins personnels', 'Health and personal care retailers'),
  sub('457', 'Stations-service et vendeurs de carburant', 'Gasoline stations and fuel vendors'),
  sub(
    '458',
    "Détaillants de vêtements, d'accessoires vestimentaires, de chaussures et de bijoux",
    'Clothing, clothing accessories, shoe and jewellery retailers',
  ),
  sub(
    '459',
    "Détaillants d'articles de sport, d'articles de passe-temps, d'instruments de musique, de livres et de produits divers",
    'Sporting goods, hobby, musical instrument, book and miscellaneous retailers',
  ),
  sub('481', 'Transport aérien', 'Air transportation'),
  sub('482', 'Transport ferroviaire', 'Rail transportation'),
  sub('483', 'Transport par eau', 'Water transportation'),
  sub('484', 'Transport par camion', 'Truck transportation'),
  sub('485', 'Transport en commun et transport terrestre de voyageurs', 'Transit and ground passenger transportation'),
  sub('486', 'Transport par pipeline', 'Pipeline transportation'),
  sub('487', "Transport de tourisme et d'agrément", 'Scenic and sightseeing transportation'),
  sub('488', 'Activités de soutien au transport', 'Support activities for transportation'),
  sub('491', 'Services postaux', 'Postal service'),
  sub('492', 'Messageries et services de messagers', 'Couriers and messengers'),
  sub('493', 'Entreposage', 'Warehousing and storage'),
  sub('512', "Industries du film et de l'enregistrement sonore", 'Motion picture and sound recording industries'),
  sub('513', "Industries de l'édition", 'Publishing industries'),
  sub('516', 'Radiodiffusion et fournisseurs de contenu', 'Broadcasting and content providers'),
  sub('517', 'Télécommunications', 'Telecommunications'),
  sub(
    '518',
    'Traitement de données, hébergement de données et services connexes',
    'Data processing, hosting, and related services',
  ),
  sub(
    '519',
    "Portails de recherche sur le Web, bibliothèques, archives et autres services d'information",
    'Web search portals, libraries, archives and other information services',
  ),
  sub('521', 'Autorités monétaires - banque centrale', 'Monetary authorities - central bank'),
  sub('522', 'Intermédiation financière et activités connexes', 'Credit intermediation and related activities'),
  sub(
    '523',
    "Valeurs mobilières, contrats de marchandises, et autres activités d'investissement financier connexes",
    'Securities, commodity contracts, and other financial investment and related activities',
  ),
  sub('524', "Sociétés d'assurance et activités connexes", 'Insurance carriers and related activities'),
  sub('526', 'Fonds et autres instruments financiers', 'Funds and other financial vehicles'),
  sub('531', 'Services immobiliers', 'Real estate'),
  sub('532', 'Services de location et de location à bail', 'Rental and leasing services'),
  sub(
    '533',
    "Bailleurs de biens incorporels non financiers (sauf les œuvres protégées par le droit d'auteur)",
    'Lessors of non-financial intangible assets (except copyrighted works)',
  ),
  sub('541', 'Services professionnels, scientifiques et techniques', 'Professional, scientific and technical services'),
  sub('551', "Gestion de sociétés et d'entreprises", 'Management of companies and enterprises'),
  sub('561', 'Services administratifs et services de soutien', 'Administrative and support services'),
  sub('562', "Services de gestion des déchets et d'assainissement", 'Waste management and remediation services'),
  sub('611', "Services d'enseignement", 'Educational services'),
  sub('621', 'Services de soins de santé ambulatoires', 'Ambulatory health care services'),
  sub('622', 'Hôpitaux', 'Hospitals'),
  sub(
    '623',
    'Établissements de soins infirmiers et de soins pour bénéficiaires internes',
    'Nursing and residential care facilities',
  ),
  sub('624', 'Assistance sociale', 'Social assistance'),
  sub(
    '711',
    "Arts d'interprétation, sports-spectacles et activités connexes",
    'Performing arts, spectator sports and related industries',
  ),
  sub('712', 'Établissements du patrimoine', 'Heritage institutions'),
  sub('713', 'Divertissement, jeux de hasard et loisirs', 'Amusement, gambling and recreation industries'),
  sub('721', "Services d'hébergement", 'Accommodation services'),
  sub('722', 'Services de restauration et débits de boissons', 'Food services and drinking places'),
  sub('811', 'Réparation et entretien', 'Repair and maintenance'),
  sub('812', 'Services personnels et services de blanchissage', 'Personal and laundry services'),
  sub(
    '813',
    'Organismes religieux, fondations, groupes de citoyens et organisations professionnelles et similaires',
    'Religious, grant-making, civic, and professional and similar organizations',
  ),
  sub('814', 'Ménages privés', 'Private households'),
  sub('911', 'Administration publique fédérale', 'Federal government public administration'),
  sub(
    '912',
    'Administrations publiques provinciales et territoriales',
    'Provincial and territorial public administration',
  ),
  sub(
    '913',
    'Administrations publiques locales, municipales et régionales',
    'Local, municipal and regional public administration',
  ),
  sub('914', 'Administrations publiques autochtones', 'Indigenous public administration'),
  sub(
    '919',
    'Organismes publics internationaux et autres organismes publics extra-territoriaux',
    'International and other extra-territorial public administration',
  ),
];

/** The sector a 2-or-more digit SCIAN code falls in, or undefined. */
export function scianSectorOf(code: string): ScianSector | undefined {
  const direct = SCIAN_SECTORS.find((s) => s.code === code);
  if (direct) return direct;
  const prefix = code.slice(0, 2);
  return SCIAN_SECTORS.find((s) => s.prefixes.includes(prefix));
}

export const SCIAN_SUBSECTORS: readonly ScianSubsector[] = SUBSECTOR_LIST.map((s) => ({
  ...s,
  sector: scianSectorOf(s.code)?.code ?? '',
}));

const knownCodes = new Set([...SCIAN_SECTORS.map((s) => s.code), ...SCIAN_SUBSECTORS.map((s) => s.code)]);

/** True for a shipped sector code ('23', '31-33') or subsector code ('332'). */
export function isKnownScian(code: string): boolean {
  return knownCodes.has(code);
}

/** The French or English name of a sector or subsector code, or undefined if unknown. */
export function scianLabel(code: string, lang: 'fr' | 'en'): string | undefined {
  const found = SCIAN_SUBSECTORS.find((s) => s.code === code) ?? SCIAN_SECTORS.find((s) => s.code === code);
  return found?.[lang];
}
