// The needs, diagnostics and demand areas' messages, with those of a need line of an import file (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const needMessages = {
  no_such_member: { fr: 'Cette entreprise n’est pas membre de la mutuelle', en: 'No such member in this mutual' },
  own_firm_needs_only: {
    fr: 'Une entreprise membre déclare les besoins de sa propre entreprise seulement',
    en: 'A member contact declares needs for its own firm only',
  },
  not_employees_of_member: {
    fr: 'Ne sont pas des employés de cette entreprise : {ids}',
    en: 'Not employees of this member: {ids}',
  },
  no_longer_employed: { fr: 'Ne sont plus à l’emploi : {ids}', en: 'No longer employed: {ids}' },
  need_transition_refused: {
    fr: 'Ces besoins ne peuvent pas passer à cet état : {ids}',
    en: 'These needs cannot take this status: {ids}',
  },
  need_ask_coordinator_change: {
    fr: 'Ce besoin est déjà pris en charge : demandez à la coordination de le modifier',
    en: 'This need is already in hand: ask the coordinator to change it',
  },
  need_ask_coordinator_withdraw: {
    fr: 'Ce besoin est déjà pris en charge : demandez à la coordination de le retirer',
    en: 'This need is already in hand: ask the coordinator to withdraw it',
  },
  need_closed: { fr: 'Ce besoin est fermé ou retiré', en: 'This need is closed or withdrawn' },
  seats_fixed_by_employees: {
    fr: 'Les employés nommés fixent les places à {seats}; changez plutôt les employés',
    en: 'Named employees fix the seats at {seats}; change the employees instead',
  },
  // import files
  no_member_with_neq: {
    fr: 'Aucune entreprise membre n’a le NEQ {neq}',
    en: 'No member with NEQ {neq} in this mutual',
  },
  unknown_topic_code: {
    fr: 'Code de sujet inconnu ou retiré : « {code} »',
    en: 'Unknown or retired topic code "{code}"',
  },
  seats_range: { fr: 'Un nombre entier de 1 à 500', en: 'A whole number from 1 to 500' },
  languages_list: { fr: 'fr et/ou en', en: 'fr and/or en' },
  modes_list: { fr: 'in_person et/ou virtual', en: 'in_person and/or virtual' },
  priority_unknown: { fr: 'high, medium ou low', en: 'high, medium or low' },
  // diagnostics
  diagnostic_not_editable: {
    fr: 'Ce diagnostic n’est plus modifiable; rouvrez-le d’abord',
    en: 'This diagnostic cannot be changed; reopen it first',
  },
  periods_here_or_constraints: {
    fr: 'Indiquez des périodes ici ou dans les contraintes',
    en: 'Give periods here or in the constraints',
  },
  diagnostic_needs_lines: {
    fr: 'Proposez au moins une ligne de besoin avant de terminer le diagnostic',
    en: 'Propose at least one need line before completing the diagnostic',
  },
  member_validates_diagnostic: {
    fr: 'Seule l’entreprise membre valide son diagnostic',
    en: 'Only the member contact validates its diagnostic',
  },
  diagnostic_not_validatable: {
    fr: 'Ce diagnostic ne peut pas être validé dans son état actuel',
    en: 'This diagnostic cannot be validated in its current state',
  },
  not_proposed_lines: {
    fr: 'Ne sont pas des lignes proposées de ce diagnostic : {ids}',
    en: 'Not proposed lines of this diagnostic: {ids}',
  },
} as const satisfies Record<string, Texts>;
