// The catalogue (providers, courses) and quotes areas' messages (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const catalogueMessages = {
  at_least_one: { fr: 'Au moins 1', en: 'At least 1' },
  not_negative: { fr: 'Ne peut pas être négatif', en: 'Must not be negative' },
  more_than_zero: { fr: 'Plus que 0', en: 'More than 0' },
  regions_for_in_person: {
    fr: 'Un cours en présentiel nomme au moins une région desservie',
    en: 'An in-person course names at least one region it serves',
  },
  own_provider_only: {
    fr: 'Un formateur ajoute des cours pour son propre fournisseur seulement',
    en: 'A trainer adds courses for its own provider only',
  },
  no_such_provider: { fr: 'Ce fournisseur n’existe pas dans la mutuelle', en: 'No such provider in this mutual' },
  no_such_revision: { fr: 'Cette révision n’existe pas pour ce cours', en: 'No such revision of this course' },
  revision_already_reviewed: { fr: 'Cette révision a déjà été examinée', en: 'This revision was already reviewed' },
  course_not_retired: { fr: 'Ce cours n’est pas retiré', en: 'This course is not retired' },
  course_never_approved: {
    fr: 'Ce cours n’a jamais été approuvé : approuvez plutôt sa révision',
    en: 'This course was never approved: approve its revision instead',
  },
  course_retired: { fr: 'Ce cours est retiré', en: 'This course is retired' },
} as const satisfies Record<string, Texts>;

export const quoteMessages = {
  no_such_answer: { fr: 'Cette réponse n’existe pas pour cette demande', en: 'No such answer to this request' },
  answer_not_submitted: { fr: 'Cette réponse n’est pas soumise', en: 'This answer is not submitted' },
  not_answering_providers_course: {
    fr: 'Ce n’est pas un cours du fournisseur qui a répondu',
    en: 'Not a course of the answering provider',
  },
  quote_request_closed: { fr: 'Cette demande de soumission est fermée', en: 'This request for quote is closed' },
  no_such_providers: {
    fr: 'Ces fournisseurs n’existent pas dans la mutuelle : {ids}',
    en: 'No such provider in this mutual: {ids}',
  },
  inactive_providers: { fr: 'Fournisseur inactif : {names}', en: 'Inactive provider: {names}' },
  needs_not_on_topic: {
    fr: 'Ces besoins ne sont pas de la mutuelle ou de ce sujet : {ids}',
    en: 'Not needs of this mutual on this topic: {ids}',
  },
  needs_not_open: { fr: 'Ces besoins ne sont pas ouverts : {ids}', en: 'Not open: {ids}' },
  no_open_need_matches: {
    fr: 'Aucun besoin ouvert ne correspond à cette demande',
    en: 'No open need matches this request',
  },
} as const satisfies Record<string, Texts>;
