// The messages of the observers' areas: the observatory, the emulation planner, the evidence and
// targeting reports (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const observatoryMessages = {
  no_such_mutual: { fr: 'Cette mutuelle n’existe pas', en: 'No such mutual' },
  board_decision_coordinator_only: {
    fr: 'Seule la coordination peut inscrire la décision du conseil',
    en: 'Only a coordinator may record the board’s decision',
  },
} as const satisfies Record<string, Texts>;

export const emulationMessages = {
  funder_account_without_funder: {
    fr: 'Ce compte de bailleur de fonds n’est rattaché à aucun bailleur',
    en: 'This funder account names no funder',
  },
  scenarios_running: {
    fr: '{count|# scénario est|# scénarios sont} déjà en calcul\u00a0: réessayez dans un instant',
    en: '{count|# scenario is|# scenarios are} running already: try again in a moment',
  },
  scenario_too_large: {
    fr: 'À {percent}\u00a0% de participation, le scénario compterait {firms|# entreprise|# entreprises}; le planificateur en prend au plus {maximum}',
    en: 'At {percent} % participation the scenario would have {firms|# firm|# firms}; the planner takes at most {maximum}',
  },
  participating_firms_at_most: {
    fr: 'Au plus {maximum|# entreprise participante|# entreprises participantes}',
    en: 'At most {maximum|# participating firm|# participating firms}',
  },
  firm_counts_columns: {
    fr: 'Le fichier demande une colonne de secteur (scian ou naics) et soit des colonnes size_class et firms, soit des colonnes par tranche d’effectif (1-4, 5-9, …, 500+)',
    en: 'The file needs a sector column (scian or naics) and either size_class and firms columns or employment-size columns (1-4, 5-9, …, 500+)',
  },
  firms_whole_number: { fr: 'N’est pas un nombre entier d’entreprises', en: 'Is not a whole number of firms' },
  size_class_word: {
    fr: 'Doit être micro, petite, moyenne ou grande',
    en: 'Must be micro, small, medium or large',
  },
  cells_unreadable: {
    fr: '{count|# cellule n’a pas pu être lue|# cellules n’ont pas pu être lues}',
    en: '{count|# cell|# cells} could not be read',
  },
} as const satisfies Record<string, Texts>;

export const evidenceMessages = {
  observed_mutual_required: { fr: 'Obligatoire\u00a0: la mutuelle observée', en: 'Required: the mutual observed' },
  before_today: { fr: 'Doit être avant aujourd’hui', en: 'Must be before today' },
  after_end_date: { fr: 'Ne peut pas être après la date de fin', en: 'Cannot be after the end date' },
} as const satisfies Record<string, Texts>;
