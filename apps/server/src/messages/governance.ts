// The governance area's messages: access, the board, leaders, partners, the recognition file, the
// scorecard and documents (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const governanceMessages = {
  // access
  coordinator_only: { fr: 'Réservé à la coordination de la mutuelle', en: 'Only a coordinator may do this' },
  coordinator_or_chair_only: {
    fr: 'Réservé à la coordination et à la présidence du conseil',
    en: 'Only a coordinator or the chair of the board may do this',
  },
  document_removal_not_allowed: {
    fr: 'Seule la coordination (ou la présidence, pour les documents d’une réunion du conseil) peut retirer un document',
    en: 'Only a coordinator (or the chair, for meeting documents) may remove a document',
  },
  // dates that read forward
  before_start_date: { fr: 'Ne peut pas précéder la date de début', en: 'Cannot be before the start date' },
  before_term_start: { fr: 'Ne peut pas précéder le début du mandat', en: 'Cannot be before the start of the term' },
  year_to_come: { fr: 'Ne peut pas être une année à venir', en: 'Cannot be a year to come' },
  // the board
  no_such_board_seat: { fr: 'Ce siège n’existe pas au conseil', en: 'No such seat on this board' },
  no_such_board_member: {
    fr: 'Cet administrateur n’existe pas dans la mutuelle',
    en: 'No such board member in this mutual',
  },
  board_viewer_of_mutual: {
    fr: 'Doit être un compte de membre du conseil d’administration de la mutuelle',
    en: 'Must be a board member account of this mutual',
  },
  seat_held_during_term: {
    fr: 'Ce siège est occupé par {name} pendant ce mandat',
    en: 'The seat is held by {name} during this term',
  },
  not_sitting_on: {
    fr: '{name} ne siège pas au conseil le {date}',
    en: '{name} does not sit on the board on {date}',
  },
  // leaders and partners
  resource_amount_required: {
    fr: 'Une ressource obtenue demande son montant',
    en: 'A resource secured needs its amount',
  },
  support_amount_required: {
    fr: 'Un soutien financier demande son montant',
    en: 'Financial support needs its amount',
  },
  // the recognition file (s.7 of the regulation)
  recognition_step_not_allowed: {
    fr: 'Cette étape ne peut pas suivre l’état actuel de la reconnaissance',
    en: 'This step cannot follow the current status of the recognition',
  },
  before_last_step: {
    fr: 'Ne peut pas précéder la dernière étape ({date})',
    en: 'Cannot be before the last step ({date})',
  },
  answer_due_required: {
    fr: 'Un avis demande la date limite pour y répondre',
    en: 'A notice needs the last day to answer',
  },
  notice_too_short: {
    fr: 'Doit laisser au moins 10 jours pour répondre\u00a0: le {date} ou plus tard (art. 7)',
    en: 'Must leave at least 10 days to answer: {date} or later (s.7)',
  },
  answer_period_running: {
    fr: 'La mutuelle peut répondre à l’avis jusqu’au {date} (art. 7)\u00a0: cette étape doit attendre',
    en: 'The mutual may answer the notice until {date} (s.7): this step must wait',
  },
  after_answer_due: { fr: 'Doit être après le {date}', en: 'Must be after {date}' },
  // the scorecard's thresholds
  thresholds_both_or_neither: {
    fr: 'Indiquez le vert et le jaune, ou ni l’un ni l’autre',
    en: 'Give both green and amber, or neither',
  },
  indicator_has_no_threshold: { fr: 'Cet indicateur n’a pas de seuil', en: 'This indicator has no threshold' },
  green_at_least_amber: { fr: 'Le vert doit être au moins le jaune', en: 'Green must be at least amber' },
  green_at_most_amber: { fr: 'Le vert doit être au plus le jaune', en: 'Green must be at most amber' },
  // documents
  document_type_refused: { fr: 'Documents acceptés\u00a0: {types}', en: 'Accepted documents: {types}' },
} as const satisfies Record<string, Texts>;
