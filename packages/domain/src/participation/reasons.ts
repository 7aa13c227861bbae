// Why firms join, stay, leave or never join a mutual: the reasons the questionnaires offer, in
// French and English. The barriers are those the IRPP study names (cost, time, fear of losing
// trained employees to competitors, relevance) and the ones coordinators hear.

export const JOIN_REASONS = [
  { code: 'cost_sharing', fr: 'Partager les coûts de formation', en: 'Sharing training costs' },
  { code: 'training_offer', fr: 'L’offre de formation', en: 'The training offer' },
  { code: 'needs_diagnosis', fr: 'Le diagnostic des besoins', en: 'The needs diagnosis' },
  { code: 'one_percent_law', fr: 'La loi du 1 % (dépense admissible)', en: 'The 1 % law (eligible spending)' },
  { code: 'subsidies', fr: 'Les subventions', en: 'Subsidies' },
  { code: 'networking', fr: 'Le réseau d’entreprises', en: 'The network of firms' },
  { code: 'referral', fr: 'Recommandé par une autre entreprise', en: 'Recommended by another firm' },
] as const;

export const BARRIER_REASONS = [
  { code: 'cost', fr: 'Le coût', en: 'Cost' },
  { code: 'time', fr: 'Le manque de temps pour libérer les employés', en: 'No time to release employees' },
  {
    code: 'poaching',
    fr: 'La crainte de perdre des employés formés',
    en: 'Fear of losing trained employees to competitors',
  },
  { code: 'relevance', fr: 'Des formations peu adaptées à nos besoins', en: 'Training not relevant to our needs' },
  { code: 'unaware', fr: 'Nous ne connaissions pas la mutuelle', en: 'We did not know the mutual' },
  { code: 'admin_burden', fr: 'La charge administrative', en: 'Administrative burden' },
  { code: 'trains_internally', fr: 'Nous formons à l’interne', en: 'We train in-house' },
  { code: 'closed_or_sold', fr: 'Entreprise fermée ou vendue', en: 'Firm closed or sold' },
  { code: 'other', fr: 'Autre raison', en: 'Other reason' },
] as const;

export const HEARD_FROM = [
  { code: 'member', fr: 'Une entreprise membre', en: 'A member firm' },
  { code: 'coordinator', fr: 'La coordination de la mutuelle', en: 'The mutual’s coordinator' },
  { code: 'association', fr: 'Une association ou un comité sectoriel', en: 'An association or sector committee' },
  { code: 'public_agency', fr: 'Services Québec ou un organisme public', en: 'Services Québec or a public agency' },
  { code: 'web', fr: 'Le Web ou les médias', en: 'The web or the media' },
  { code: 'other', fr: 'Autre', en: 'Other' },
] as const;

export type JoinReason = (typeof JOIN_REASONS)[number]['code'];
export type BarrierReason = (typeof BARRIER_REASONS)[number]['code'];
export const JOIN_REASON_CODES = JOIN_REASONS.map((r) => r.code) as [JoinReason, ...JoinReason[]];
export const BARRIER_REASON_CODES = BARRIER_REASONS.map((r) => r.code) as [BarrierReason, ...BarrierReason[]];
export const HEARD_FROM_CODES = HEARD_FROM.map((r) => r.code);
