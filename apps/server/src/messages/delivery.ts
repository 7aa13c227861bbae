// The delivery area's messages: sessions, enrolment, attendance, questionnaires, register (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const deliveryMessages = {
  // lifecycle
  transition_not_allowed: {
    fr: 'Cette session ne peut pas passer à cet état',
    en: 'This session cannot take this state',
  },
  minimum_not_reached: {
    fr: '{committed|# place prise|# places prises} sur un minimum de {minimum}',
    en: '{committed} of the {minimum} minimum seats are filled',
  },
  too_few_firms: {
    fr: '{firms|# entreprise participe|# entreprises participent}; la mutuelle en exige {minimum}',
    en: '{firms|# firm takes|# firms take} part; the mutual requires {minimum}',
  },
  not_scheduled: {
    fr: 'Pour planifier la session, il manque des journées, un lieu (ou un lien virtuel) ou un formateur',
    en: 'Scheduling needs meeting days, a place (or virtual link) and a trainer',
  },
  not_started: { fr: 'La session commence à sa première journée', en: 'Delivery starts on the first meeting day' },
  attendance_incomplete: {
    fr: 'Les présences manquent pour {count|# participant|# participants}',
    en: 'Attendance is missing for {count|# participant|# participants}',
  },
  register_incomplete: {
    fr: 'L’inscription au registre des activités est incomplète',
    en: 'The activity register entry is incomplete',
  },
  required_by_register: {
    fr: 'Exigé par le registre des activités (art. 15)',
    en: 'Required by the activity register (s.15)',
  },
  session_no_longer_editable: {
    fr: 'Cette session ne peut plus être modifiée',
    en: 'This session can no longer be edited',
  },
  participants_already_confirmed: {
    fr: '{count|# participant est déjà confirmé|# participants sont déjà confirmés}',
    en: '{count|# participant is|# participants are} already confirmed',
  },
  no_such_trainer: {
    fr: 'Ce compte de formateur n’existe pas dans la mutuelle',
    en: 'No such trainer account in this mutual',
  },
  trainer_not_of_provider: {
    fr: 'Ce formateur n’est pas du fournisseur de la session',
    en: 'This trainer is not of the session’s provider',
  },
  meeting_days_no_longer_change: {
    fr: 'Les journées de cette session ne peuvent plus changer',
    en: 'The meeting days of this session can no longer change',
  },
  ends_after_start: { fr: 'Doit être après l’heure de début', en: 'Must be after the start time' },
  duplicate_meeting_day: { fr: 'Cette journée est déjà inscrite', en: 'Duplicate meeting day' },
  seats_no_longer_change: {
    fr: 'Les places de cette session ne peuvent plus changer',
    en: 'The seats of this session can no longer change',
  },
  seats_free_for_firm: {
    fr: 'Seulement {room|# place libre|# places libres} pour cette entreprise (maximum {maximum})',
    en: 'Only {room|# seat is|# seats are} free for this firm (maximum {maximum})',
  },
  // enrolment
  session_takes_no_enrolment: {
    fr: 'Cette session n’accepte plus de changement d’inscription',
    en: 'This session takes no enrolment change any more',
  },
  withdrawal_closed: {
    fr: 'Cette session n’accepte plus de retrait; inscrivez plutôt une absence',
    en: 'This session takes no withdrawal; record absence instead',
  },
  employee_not_in_firm: { fr: 'Cet employé n’est pas de votre entreprise', en: 'No such employee in this firm' },
  employee_has_left: { fr: 'Cet employé a quitté l’entreprise', en: 'This employee has left the firm' },
  already_enrolled: {
    fr: 'Cet employé est déjà inscrit ou en attente',
    en: 'This employee is already enrolled or waitlisted',
  },
  replace_confirmed_only: {
    fr: 'Seul un participant confirmé peut être remplacé',
    en: 'Only a confirmed participant can be replaced',
  },
  substitution_deadline_passed: {
    fr: 'Le délai de remplacement est passé',
    en: 'The substitution deadline has passed',
  },
  employee_named_twice: { fr: 'Un employé est nommé deux fois', en: 'An employee is named twice' },
  named_twice: { fr: 'Nommé deux fois', en: 'Named twice' },
  already_in_this_session: {
    fr: 'Ce participant est déjà dans cette session',
    en: 'The participant is already in this session',
  },
  target_takes_no_enrolment: {
    fr: 'Cette session n’accepte plus d’inscription',
    en: 'That session takes no enrolment any more',
  },
  firm_no_seat_left: {
    fr: 'L’entreprise n’a plus de place libre dans cette session',
    en: 'The firm has no seat left in that session',
  },
  only_waitlisted_promoted: {
    fr: 'Seule une personne en liste d’attente peut recevoir une place',
    en: 'Only a waitlisted person can be given a seat',
  },
  not_on_waitlist: { fr: 'N’est pas dans la liste d’attente', en: 'Not on the waitlist' },
  order_leaves_out: {
    fr: 'L’ordre oublie une inscription de la liste d’attente ({id})',
    en: 'The order leaves out a waitlisted enrolment ({id})',
  },
  enrolment_not_active: { fr: 'Cette inscription n’est plus active', en: 'This enrolment is no longer active' },
  // attendance, results, attestations, register
  not_recordable_now: {
    fr: 'Ceci ne peut pas être saisi dans l’état actuel de la session',
    en: 'This cannot be recorded in the session’s current state',
  },
  not_confirmed_participant: {
    fr: 'N’est pas un participant confirmé de cette session',
    en: 'Not a confirmed participant of this session',
  },
  not_meeting_day: { fr: 'N’est pas une journée de cette session', en: 'Not a meeting day of this session' },
  attestations_after_delivery: {
    fr: 'Les attestations sont délivrées une fois la session donnée',
    en: 'Attestations are issued once the session is delivered',
  },
  duration_from_meeting_days: {
    fr: 'La durée vient des journées de la session',
    en: 'The duration comes from the meeting days',
  },
  cancelled_no_register: {
    fr: 'Une session annulée n’a pas d’inscription au registre',
    en: 'A cancelled session has no register entry',
  },
  no_sign_in_sheet: {
    fr: 'Une session proposée ou annulée n’a pas de feuille d’émargement',
    en: 'A proposed or cancelled session has no sign-in sheet',
  },
  // questionnaires and calendars
  questionnaire_sheets_window: {
    fr: 'Les questionnaires papier s’impriment de la dernière journée jusqu’à la fin de l’évaluation',
    en: 'Questionnaire sheets are printed from the last meeting day until the evaluation closes',
  },
  unknown_question: { fr: 'Question inconnue', en: 'Unknown question' },
  scale_answer: { fr: 'Un nombre entier de 1 à 5', en: 'A whole number from 1 to 5' },
  questionnaire_closed: { fr: 'Ce questionnaire est fermé', en: 'This questionnaire is closed' },
  already_answered: { fr: 'Ce questionnaire a déjà été rempli', en: 'This questionnaire was already answered' },
  trainer_feed_for_trainers: {
    fr: 'Un agenda de formateur est réservé aux comptes de formateur',
    en: 'Trainer feeds are for trainer accounts',
  },
  trainer_has_trainer_feed_only: {
    fr: 'Un formateur n’a qu’un agenda de formateur',
    en: 'A trainer has only a trainer feed',
  },
  schedule_too_long: {
    fr: 'Doit être moins de {days} jours après la date de début',
    en: 'Must be less than {days} days after the start date',
  },
} as const satisfies Record<string, Texts>;
