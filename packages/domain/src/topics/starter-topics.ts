// The starter list of training topics every mutual receives (French and English), two levels
// deep. Codes are stable: child codes are `<parent>.<child>`; pooling uses the topic code.
// NOC 2021 tags are broad categories (1 digit), major groups (2 digits) or unit groups (5 digits).

export interface StarterTopic {
  code: string;
  parentCode: string | null;
  nameFr: string;
  nameEn: string;
  nocCodes: string[];
}

type Child = [code: string, nameFr: string, nameEn: string, nocCodes?: string[]];
type Family = { code: string; nameFr: string; nameEn: string; nocCodes?: string[]; children: Child[] };

const families: Family[] = [
  {
    code: 'health-safety',
    nameFr: 'Santé et sécurité du travail',
    nameEn: 'Occupational health and safety',
    children: [
      ['forklift', 'Conduite sécuritaire de chariot élévateur', 'Forklift operation safety', ['75110', '94']],
      ['whmis', 'SIMDUT 2015', 'WHMIS 2015'],
      ['first-aid', 'Secourisme en milieu de travail', 'Workplace first aid'],
      ['lockout', 'Cadenassage', 'Lockout and tagout', ['72', '94']],
      ['confined-spaces', 'Travail en espace clos', 'Working in confined spaces', ['72', '73']],
      ['working-at-heights', 'Travail en hauteur', 'Working at heights', ['72', '73']],
      [
        'ergonomics',
        'Ergonomie et prévention des troubles musculosquelettiques',
        'Ergonomics and musculoskeletal injury prevention',
      ],
      ['machine-safety', 'Sécurité des machines', 'Machine safeguarding', ['94', '95']],
      ['health-safety-committee', 'Comité de santé et sécurité', 'Health and safety committee'],
    ],
  },
  {
    code: 'management',
    nameFr: 'Gestion et leadership',
    nameEn: 'Management and leadership',
    nocCodes: ['0'],
    children: [
      ['supervising-team', 'Superviser une équipe', 'Supervising a team', ['0', '92']],
      ['new-manager', 'Devenir gestionnaire', 'Becoming a manager', ['0']],
      ['coaching', 'Coaching et rétroaction', 'Coaching and feedback', ['0']],
      ['conflict', 'Gestion des conflits', 'Managing conflict'],
      ['change', 'Gestion du changement', 'Leading change', ['0']],
      ['project-management', 'Gestion de projet', 'Project management', ['0', '1']],
      ['strategic-planning', 'Planification stratégique', 'Strategic planning', ['00', '0']],
    ],
  },
  {
    code: 'production',
    nameFr: 'Production et amélioration continue',
    nameEn: 'Production and continuous improvement',
    nocCodes: ['9'],
    children: [
      ['lean', 'Initiation au Lean', 'Lean basics', ['9']],
      ['5s', 'Méthode 5S', '5S workplace organisation', ['9']],
      ['quality-control', 'Contrôle de la qualité', 'Quality control', ['9', '2']],
      ['iso-9001', 'Norme ISO 9001', 'ISO 9001 quality management'],
      ['maintenance', 'Maintenance préventive', 'Preventive maintenance', ['72', '73']],
      ['blueprint-reading', 'Lecture de plans', 'Blueprint reading', ['72', '94']],
      ['production-planning', 'Planification de la production', 'Production planning', ['9', '1']],
      ['food-safety', 'Hygiène et salubrité alimentaires', 'Food hygiene and safety', ['94', '65']],
    ],
  },
  {
    code: 'digital',
    nameFr: 'Compétences numériques',
    nameEn: 'Digital skills',
    children: [
      ['spreadsheets', 'Chiffrier électronique (Excel)', 'Spreadsheets (Excel)'],
      ['office-suite', 'Suite bureautique', 'Office software'],
      ['cybersecurity', 'Cybersécurité au travail', 'Cybersecurity awareness'],
      ['erp', 'Progiciel de gestion intégré (ERP)', 'ERP systems'],
      ['data-analysis', 'Analyse de données et tableaux de bord', 'Data analysis and dashboards', ['1', '2']],
      ['ai-tools', "Outils d'intelligence artificielle", 'Artificial intelligence tools'],
      ['cad', 'Dessin assisté par ordinateur (DAO)', 'Computer-aided design (CAD)', ['22']],
    ],
  },
  {
    code: 'languages',
    nameFr: 'Langues',
    nameEn: 'Languages',
    children: [
      ['workplace-french', 'Français en milieu de travail', 'Workplace French'],
      ['french-writing', 'Rédaction en français', 'Writing in French'],
      ['workplace-english', 'Anglais en milieu de travail', 'Workplace English'],
      ['business-english', 'Anglais des affaires', 'Business English', ['0', '1', '6']],
      ['literacy', 'Alphabétisation et compétences essentielles', 'Literacy and essential skills'],
    ],
  },
  {
    code: 'trades',
    nameFr: 'Métiers et techniques',
    nameEn: 'Trades and technical skills',
    nocCodes: ['7'],
    children: [
      ['welding', 'Soudage', 'Welding', ['72106']],
      ['cnc', 'Usinage à commande numérique (CNC)', 'CNC machining', ['72100', '94']],
      ['industrial-electricity', 'Électricité industrielle', 'Industrial electricity', ['72201']],
      ['hydraulics', 'Hydraulique et pneumatique', 'Hydraulics and pneumatics', ['72400']],
      ['refrigeration', 'Réfrigération', 'Refrigeration', ['72402']],
      ['plc', 'Automates programmables', 'Programmable logic controllers', ['72201', '22']],
      ['mechanics', 'Mécanique industrielle', 'Industrial mechanics', ['72400']],
      ['heavy-equipment', "Conduite d'engins de chantier", 'Heavy equipment operation', ['73400']],
    ],
  },
  {
    code: 'hr',
    nameFr: 'Ressources humaines',
    nameEn: 'Human resources',
    nocCodes: ['11', '12'],
    children: [
      ['recruitment', 'Recrutement et sélection', 'Recruitment and selection'],
      ['onboarding', 'Accueil et intégration', 'Onboarding new employees'],
      ['retention', 'Rétention du personnel', 'Employee retention'],
      ['labour-standards', 'Normes du travail', 'Labour standards'],
      ['harassment-prevention', 'Prévention du harcèlement', 'Harassment prevention'],
      ['performance-review', 'Évaluation du rendement', 'Performance reviews'],
      ['workplace-trainer', 'Compagnonnage et formation en entreprise', 'Workplace trainers and mentoring'],
    ],
  },
  {
    code: 'finance',
    nameFr: 'Finance et comptabilité',
    nameEn: 'Finance and accounting',
    nocCodes: ['11', '13'],
    children: [
      ['bookkeeping', 'Tenue de livres', 'Bookkeeping', ['13']],
      ['cost-accounting', 'Calcul des coûts de revient', 'Cost accounting'],
      ['budgeting', 'Budget et prévisions', 'Budgeting and forecasting'],
      ['financial-statements', 'Lire les états financiers', 'Reading financial statements'],
      ['payroll', 'Paie', 'Payroll', ['13']],
    ],
  },
  {
    code: 'marketing',
    nameFr: 'Marketing et ventes',
    nameEn: 'Marketing and sales',
    nocCodes: ['6', '1'],
    children: [
      ['digital-marketing', 'Marketing numérique', 'Digital marketing'],
      ['social-media', 'Médias sociaux', 'Social media'],
      ['sales-techniques', 'Techniques de vente', 'Sales techniques', ['6']],
      ['customer-service', 'Service à la clientèle', 'Customer service', ['6']],
      ['export', 'Exportation', 'Export markets'],
      ['e-commerce', 'Commerce électronique', 'E-commerce'],
    ],
  },
  {
    code: 'administration',
    nameFr: 'Administration',
    nameEn: 'Administration',
    nocCodes: ['13', '14'],
    children: [
      ['business-writing', 'Rédaction administrative', 'Business writing'],
      ['time-management', 'Gestion du temps et des priorités', 'Time and priority management'],
      ['purchasing', 'Achats et approvisionnement', 'Purchasing and procurement'],
      ['logistics', 'Logistique et gestion des stocks', 'Logistics and inventory', ['14', '75']],
      ['regulatory-compliance', 'Conformité réglementaire', 'Regulatory compliance'],
    ],
  },
  {
    code: 'sustainability',
    nameFr: 'Environnement et développement durable',
    nameEn: 'Environment and sustainability',
    children: [
      ['waste-reduction', 'Réduction des déchets', 'Waste reduction'],
      ['energy-efficiency', 'Efficacité énergétique', 'Energy efficiency'],
      ['dangerous-goods', 'Transport des marchandises dangereuses', 'Transportation of dangerous goods', ['75']],
    ],
  },
];

/** The starter topics, parents before their children, with unique codes. */
export const STARTER_TOPICS: readonly StarterTopic[] = families.flatMap((f) => [
  { code: f.code, parentCode: null, nameFr: f.nameFr, nameEn: f.nameEn, nocCodes: f.nocCodes ?? [] },
  ...f.children.map(([code, nameFr, nameEn, nocCodes]) => ({
    code: `${f.code}.${code}`,
    parentCode: f.code,
    nameFr,
    nameEn,
    nocCodes: nocCodes ?? [],
  })),
]);
