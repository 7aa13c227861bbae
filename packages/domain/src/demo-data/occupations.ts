// NOC 2021 occupations used by the generated employees (5-digit codes; the TEER level is the
// second digit), with the usual hourly wage range in Quebec, and the kinds of firms that employ them.

export interface Occupation {
  noc: string;
  /** French title, 'masculine|feminine' where the two differ. */
  fr: string;
  en: string;
  /** Usual hourly wage range, in dollars. */
  wage: readonly [number, number];
}

const occ = (noc: string, fr: string, en: string, low: number, high: number): Occupation => ({
  noc,
  fr,
  en,
  wage: [low, high],
});

export const OCCUPATIONS: Readonly<Record<string, Occupation>> = Object.fromEntries(
  [
    // TEER 0: management
    occ(
      '00012',
      'Directeur général, services financiers et aux entreprises|Directrice générale, services financiers et aux entreprises',
      'Senior manager, financial and business services',
      45,
      80,
    ),
    occ(
      '00015',
      'Directeur général, commerce et autres services|Directrice générale, commerce et autres services',
      'Senior manager, trade and other services',
      38,
      65,
    ),
    occ(
      '10011',
      'Directeur des ressources humaines|Directrice des ressources humaines',
      'Human resources manager',
      40,
      62,
    ),
    occ(
      '10019',
      'Directeur des services administratifs|Directrice des services administratifs',
      'Administrative services manager',
      36,
      58,
    ),
    occ('20010', 'Directeur des services de génie|Directrice des services de génie', 'Engineering manager', 50, 80),
    occ(
      '60020',
      'Directeur de commerce de détail|Directrice de commerce de détail',
      'Retail and wholesale trade manager',
      30,
      50,
    ),
    occ(
      '60030',
      'Directeur de la restauration|Directrice de la restauration',
      'Restaurant and food service manager',
      24,
      40,
    ),
    occ('70010', 'Directeur de la construction|Directrice de la construction', 'Construction manager', 42, 70),
    occ(
      '70011',
      'Gestionnaire en construction et rénovation domiciliaires',
      'Home building and renovation manager',
      35,
      60,
    ),
    occ('70020', 'Directeur des transports|Directrice des transports', 'Manager in transportation', 36, 60),
    occ('90010', 'Directeur de la fabrication|Directrice de la fabrication', 'Manufacturing manager', 40, 70),
    // TEER 1
    occ('11100', 'Comptable professionnel agréé|Comptable professionnelle agréée', 'Accountant', 32, 55),
    occ(
      '11200',
      'Conseiller en ressources humaines|Conseillère en ressources humaines',
      'Human resources professional',
      30,
      48,
    ),
    occ('21300', 'Ingénieur civil|Ingénieure civile', 'Civil engineer', 38, 62),
    occ('21301', 'Ingénieur mécanique|Ingénieure mécanique', 'Mechanical engineer', 38, 60),
    occ('21321', 'Ingénieur industriel|Ingénieure industrielle', 'Industrial engineer', 36, 58),
    // TEER 2
    occ('12102', "Agent d'approvisionnement|Agente d'approvisionnement", 'Purchasing agent', 26, 38),
    occ('12200', 'Technicien en comptabilité|Technicienne en comptabilité', 'Bookkeeper', 23, 33),
    occ('22212', 'Dessinateur technique|Dessinatrice technique', 'Drafting technician', 24, 36),
    occ('22300', 'Technicien en génie civil|Technicienne en génie civil', 'Civil engineering technician', 25, 37),
    occ(
      '22301',
      'Technicien en génie mécanique|Technicienne en génie mécanique',
      'Mechanical engineering technician',
      26,
      38,
    ),
    occ(
      '22302',
      'Technicien en génie industriel|Technicienne en génie industriel',
      'Industrial engineering technician',
      25,
      37,
    ),
    occ(
      '62020',
      'Superviseur des services alimentaires|Superviseure des services alimentaires',
      'Food service supervisor',
      18,
      25,
    ),
    occ('62200', 'Chef cuisinier|Cheffe cuisinière', 'Chef', 20, 32),
    occ('72014', 'Contremaître de chantier|Contremaîtresse de chantier', 'Construction site supervisor', 34, 48),
    occ('72100', 'Machiniste', 'Machinist', 25, 38),
    occ('72106', 'Soudeur-monteur|Soudeuse-monteuse', 'Welder-fitter', 24, 36),
    occ('72200', 'Électricien|Électricienne', 'Electrician', 30, 44),
    occ('72201', 'Électricien industriel|Électricienne industrielle', 'Industrial electrician', 30, 44),
    occ('72300', 'Plombier|Plombière', 'Plumber', 30, 43),
    occ('72310', 'Charpentier-menuisier|Charpentière-menuisière', 'Carpenter', 28, 42),
    occ('72400', 'Mécanicien industriel|Mécanicienne industrielle', 'Industrial mechanic', 30, 42),
    occ('72402', 'Frigoriste', 'Refrigeration mechanic', 30, 44),
    occ('72410', 'Mécanicien de véhicules lourds|Mécanicienne de véhicules lourds', 'Truck and bus mechanic', 26, 40),
    occ(
      '92012',
      'Superviseur en transformation des aliments|Superviseure en transformation des aliments',
      'Food processing supervisor',
      25,
      36,
    ),
    occ(
      '92023',
      'Contremaître de production|Contremaîtresse de production',
      'Production supervisor, metal products',
      28,
      40,
    ),
    // TEER 3
    occ('13100', "Agent d'administration|Agente d'administration", 'Administrative officer', 22, 31),
    occ('13102', 'Commis à la paie', 'Payroll administrator', 22, 30),
    occ('13110', 'Adjoint administratif|Adjointe administrative', 'Administrative assistant', 21, 29),
    occ('63200', 'Cuisinier|Cuisinière', 'Cook', 17, 24),
    occ('63201', 'Boucher|Bouchère', 'Butcher', 19, 27),
    occ('63202', 'Boulanger-pâtissier|Boulangère-pâtissière', 'Baker', 18, 26),
    occ('73100', 'Cimentier-applicateur|Cimentière-applicatrice', 'Concrete finisher', 26, 38),
    occ('73102', 'Plâtrier|Plâtrière', 'Drywall installer and finisher', 26, 38),
    occ('73110', 'Couvreur|Couvreuse', 'Roofer', 25, 36),
    occ('73112', 'Peintre en bâtiment', 'Painter', 23, 34),
    occ('73300', 'Camionneur|Camionneuse', 'Truck driver', 22, 32),
    occ('73400', "Opérateur d'équipement lourd|Opératrice d'équipement lourd", 'Heavy equipment operator', 26, 38),
    // TEER 4
    occ('14100', 'Commis de bureau', 'Office clerk', 18, 25),
    occ('14400', 'Expéditeur-réceptionnaire|Expéditrice-réceptionnaire', 'Shipper and receiver', 19, 26),
    occ('64100', 'Conseiller à la vente|Conseillère à la vente', 'Sales associate', 16.5, 22),
    occ('94105', 'Opérateur de presse plieuse|Opératrice de presse plieuse', 'Press brake operator', 20, 28),
    occ('94106', 'Opérateur de machines-outils CNC|Opératrice de machines-outils CNC', 'CNC machine operator', 20, 29),
    occ(
      '94111',
      'Opérateur de presse à injection|Opératrice de presse à injection',
      'Injection moulding operator',
      19,
      26,
    ),
    occ('94124', 'Opérateur de machines à bois|Opératrice de machines à bois', 'Woodworking machine operator', 19, 26),
    occ(
      '94140',
      'Opérateur de ligne de production alimentaire|Opératrice de ligne de production alimentaire',
      'Food production line operator',
      18,
      26,
    ),
    occ('94141', 'Préposé à la découpe de viande|Préposée à la découpe de viande', 'Industrial meat cutter', 18, 25),
    occ(
      '94210',
      'Assembleur-finisseur de meubles|Assembleuse-finisseuse de meubles',
      'Furniture assembler and finisher',
      18,
      25,
    ),
    occ('94213', 'Peintre industriel|Peintre industrielle', 'Industrial painter', 19, 27),
    occ('94219', 'Assembleur|Assembleuse', 'Assembler', 18, 25),
    // TEER 5
    occ('65200', 'Serveur|Serveuse', 'Server', 13, 17),
    occ('65201', 'Aide-cuisinier|Aide-cuisinière', 'Kitchen helper', 16.1, 18.5),
    occ('65310', "Préposé à l'entretien ménager|Préposée à l'entretien ménager", 'Cleaner', 16.1, 20),
    occ('65312', 'Concierge', 'Janitor', 17, 23),
    occ('75101', 'Manutentionnaire', 'Material handler', 17, 23),
    occ('75110', 'Manœuvre en construction', 'Construction labourer', 18, 26),
    occ('95100', 'Manœuvre en usinage', 'Metal processing labourer', 16.1, 21),
    occ(
      '95106',
      'Journalier de production alimentaire|Journalière de production alimentaire',
      'Food processing labourer',
      16.1,
      20,
    ),
    occ('95109', 'Journalier de production|Journalière de production', 'Production labourer', 16.1, 21),
  ].map((o) => [o.noc, o]),
);

/** The French title of an occupation for a man or a woman. */
export function frenchTitle(o: Occupation, woman: boolean): string {
  const [m, f = m] = o.fr.split('|');
  return woman ? f : m;
}

/**
 * A kind of firm: its SCIAN 3-digit subsector, how it is named, who runs it and whom it employs
 * (relative weights). The names are patterns: {family}, {place}.
 */
export interface FirmKind {
  key: string;
  scian: string;
  names: readonly string[];
  manager: string;
  staff: readonly (readonly [string, number])[];
  /** Relative frequency among the firms of a regional mutual. */
  frequency: number;
}

const office: readonly (readonly [string, number])[] = [
  ['12200', 0.7],
  ['13110', 0.7],
  ['14100', 0.3],
];

export const FIRM_KINDS: readonly FirmKind[] = [
  {
    key: 'metal',
    scian: '332',
    names: [
      'Métal {family}',
      'Usinage {place}',
      'Soudure {family}',
      'Acier {family}',
      'Structures métalliques {place}',
      'Fabrication {family}',
    ],
    manager: '90010',
    staff: [
      ['72106', 6],
      ['72100', 5],
      ['94105', 3],
      ['94106', 4],
      ['94213', 1.5],
      ['95100', 4],
      ['92023', 1.2],
      ['22301', 0.8],
      ['22212', 0.8],
      ['72400', 1],
      ['14400', 1.2],
      ...office,
    ],
    frequency: 6,
  },
  {
    key: 'machinery',
    scian: '333',
    names: ['Équipements {family}', 'Machinerie {place}', 'Systèmes {family}', 'Convoyeurs {place}'],
    manager: '90010',
    staff: [
      ['72106', 3],
      ['72100', 4],
      ['94219', 4],
      ['72201', 2],
      ['22301', 1.5],
      ['21301', 0.6],
      ['92023', 1],
      ['14400', 1],
      ['12102', 0.5],
      ...office,
    ],
    frequency: 3,
  },
  {
    key: 'trailers',
    scian: '336',
    names: ['Remorques {family}', 'Carrosserie industrielle {place}', 'Véhicules spécialisés {family}'],
    manager: '90010',
    staff: [
      ['72106', 5],
      ['94219', 5],
      ['94213', 2],
      ['72410', 1.5],
      ['95109', 3],
      ['92023', 1],
      ['14400', 1],
      ...office,
    ],
    frequency: 1.5,
  },
  {
    key: 'plastics',
    scian: '326',
    names: ['Plastiques {family}', 'Moulage {place}', 'Caoutchouc {family}', 'Emballages {place}'],
    manager: '90010',
    staff: [['94111', 8], ['95109', 4], ['72400', 1], ['22302', 1], ['14400', 1.5], ...office],
    frequency: 2,
  },
  {
    key: 'wood',
    scian: '321',
    names: [
      'Bois ouvré {family}',
      'Scierie {family}',
      'Palettes {place}',
      'Portes et fenêtres {family}',
      'Fermes de toit {place}',
    ],
    manager: '90010',
    staff: [['94124', 6], ['95109', 4], ['72310', 1.5], ['94213', 1], ['14400', 1.5], ['73300', 1], ...office],
    frequency: 2.5,
  },
  {
    key: 'furniture',
    scian: '337',
    names: ['Ébénisterie {family}', 'Meubles {place}', 'Armoires de cuisine {family}', 'Comptoirs {place}'],
    manager: '90010',
    staff: [['94210', 6], ['94124', 4], ['72310', 2], ['94213', 1.5], ['22212', 0.6], ['14400', 1], ...office],
    frequency: 2.5,
  },
  {
    key: 'food',
    scian: '311',
    names: [
      'Aliments {family}',
      'Boulangerie {place}',
      'Fromagerie {family}',
      'Charcuterie {family}',
      'Érablière {family}',
      'Les Viandes {place}',
      'Produits fins {family}',
    ],
    manager: '90010',
    staff: [
      ['94140', 6],
      ['95106', 6],
      ['94141', 2],
      ['63202', 1.5],
      ['92012', 1.2],
      ['72400', 0.8],
      ['14400', 1.2],
      ['65310', 0.5],
      ...office,
    ],
    frequency: 3,
  },
  {
    key: 'beverage',
    scian: '312',
    names: ['Microbrasserie {place}', 'Cidrerie {family}', 'Vignoble {family}', 'Distillerie {place}'],
    manager: '90010',
    staff: [['94140', 5], ['95106', 4], ['92012', 1], ['14400', 1], ['64100', 1.5], ...office],
    frequency: 1,
  },
  {
    key: 'building',
    scian: '236',
    names: ['Construction {family}', 'Habitations {family}', 'Les Entreprises {family}', 'Rénovation {place}'],
    manager: '70011',
    staff: [
      ['72310', 6],
      ['75110', 5],
      ['73102', 2],
      ['72014', 1.2],
      ['73112', 1.5],
      ['13110', 0.8],
      ['12200', 0.6],
    ],
    frequency: 4,
  },
  {
    key: 'civil',
    scian: '237',
    names: ['Excavation {family}', 'Pavage {place}', 'Terrassement {family}'],
    manager: '70010',
    staff: [
      ['73400', 6],
      ['73300', 3],
      ['75110', 5],
      ['73100', 2],
      ['72014', 1.2],
      ['21300', 0.4],
      ['12200', 0.6],
    ],
    frequency: 2,
  },
  {
    key: 'electrical',
    scian: '238',
    names: ['Électricité {family}', 'Les Installations électriques {family}', 'Électrique {place}'],
    manager: '70010',
    staff: [
      ['72200', 8],
      ['75110', 2],
      ['72014', 1],
      ['13110', 0.8],
      ['12200', 0.5],
    ],
    frequency: 2,
  },
  {
    key: 'plumbing',
    scian: '238',
    names: ['Plomberie {family}', 'Plomberie et chauffage {place}', 'Réfrigération {family}'],
    manager: '70010',
    staff: [
      ['72300', 6],
      ['72402', 3],
      ['75110', 2],
      ['13110', 0.8],
      ['12200', 0.5],
    ],
    frequency: 2,
  },
  {
    key: 'roofing',
    scian: '238',
    names: ['Toitures {family}', 'Revêtements {place}', 'Isolation {family}'],
    manager: '70011',
    staff: [
      ['73110', 6],
      ['75110', 4],
      ['72014', 1],
      ['13110', 0.6],
    ],
    frequency: 1.5,
  },
  {
    key: 'trucking',
    scian: '484',
    names: ['Transport {family}', 'Camionnage {place}', 'Transport {family} et Fils'],
    manager: '70020',
    staff: [
      ['73300', 10],
      ['72410', 2],
      ['75101', 1.5],
      ['13100', 1],
      ['12200', 0.6],
    ],
    frequency: 2.5,
  },
  {
    key: 'warehousing',
    scian: '493',
    names: ['Entreposage {place}', 'Logistique {family}', 'Centre de distribution {place}'],
    manager: '70020',
    staff: [
      ['75101', 8],
      ['14400', 4],
      ['73300', 1],
      ['13100', 1],
    ],
    frequency: 1,
  },
  {
    key: 'engineering',
    scian: '541',
    names: ['Génie-conseil {family}', 'Groupe conseil {place}', '{family} Ingénierie'],
    manager: '20010',
    staff: [
      ['21300', 3],
      ['21301', 3],
      ['22212', 3],
      ['22300', 3],
      ['13110', 1],
      ['12200', 0.8],
    ],
    frequency: 1.5,
  },
  {
    key: 'accounting',
    scian: '541',
    names: ['{family} {family2} CPA', 'Services comptables {place}'],
    manager: '00012',
    staff: [
      ['11100', 5],
      ['12200', 4],
      ['13110', 2],
      ['13102', 1],
    ],
    frequency: 1,
  },
  {
    key: 'cleaning',
    scian: '561',
    names: ['Entretien ménager {place}', 'Services d’entretien {family}', 'Conciergerie {place}'],
    manager: '00015',
    staff: [
      ['65310', 8],
      ['65312', 5],
      ['13110', 0.6],
    ],
    frequency: 1.5,
  },
  {
    key: 'restaurant',
    scian: '722',
    names: ['Restaurant {family}', 'Traiteur {place}', 'Bistro {place}', 'Casse-croûte {family}'],
    manager: '60030',
    staff: [
      ['63200', 5],
      ['65200', 6],
      ['65201', 5],
      ['62200', 1],
      ['62020', 1],
    ],
    frequency: 2,
  },
  {
    key: 'garage',
    scian: '811',
    names: ['Garage {family}', 'Mécanique {place}', 'Centre du camion {place}'],
    manager: '60020',
    staff: [
      ['72410', 7],
      ['94213', 1],
      ['14100', 1],
      ['12200', 0.5],
      ['64100', 0.8],
    ],
    frequency: 2,
  },
];

/** The firm kinds of a food-processing mutual. */
export const FOOD_FIRM_KINDS: readonly FirmKind[] = FIRM_KINDS.filter((k) => k.key === 'food' || k.key === 'beverage');

/** Education levels (codes of reference/education) and how often each occurs at each TEER level. */
export const EDUCATION_BY_TEER: Readonly<Record<number, readonly (readonly [string, number])[]>> = {
  0: [
    ['bachelor', 40],
    ['college', 25],
    ['graduate', 15],
    ['vocational', 10],
    ['secondary', 10],
  ],
  1: [
    ['bachelor', 60],
    ['graduate', 30],
    ['college', 10],
  ],
  2: [
    ['vocational', 45],
    ['college', 40],
    ['secondary', 10],
    ['bachelor', 5],
  ],
  3: [
    ['vocational', 45],
    ['secondary', 35],
    ['college', 10],
    ['none', 10],
  ],
  4: [
    ['secondary', 55],
    ['none', 25],
    ['vocational', 15],
    ['college', 5],
  ],
  5: [
    ['none', 45],
    ['secondary', 45],
    ['vocational', 10],
  ],
};
