// The members and topics areas' messages (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const memberMessages = {
  neq_digits_only: { fr: 'Le NEQ ne contient que des chiffres', en: 'The NEQ contains only digits' },
  neq_ten_digits: { fr: 'Le NEQ compte exactement 10 chiffres', en: 'The NEQ has exactly 10 digits' },
  neq_first_digit: { fr: 'Le NEQ commence par 1, 2, 3 ou 8', en: 'The NEQ begins with 1, 2, 3 or 8' },
  neq_taken: {
    fr: 'Une entreprise membre de la mutuelle a déjà ce NEQ',
    en: 'A member of this mutual already has this NEQ',
  },
  scian_unknown: {
    fr: 'N’est pas un secteur ou sous-secteur SCIAN 2022',
    en: 'Is not a SCIAN 2022 sector or subsector code',
  },
  contact_details_only: {
    fr: 'Une entreprise membre ne change que ses coordonnées; le reste ({fields}) revient à la mutuelle',
    en: 'A member contact may only change the firm’s contact details, not {fields}',
  },
  changed_by_mutual_only: {
    fr: 'Seule la mutuelle peut changer ce champ',
    en: 'Only the mutual may change this field',
  },
  status_unchanged: { fr: 'L’entreprise a déjà ce statut', en: 'The member already has this status' },
  status_change_not_allowed: {
    fr: 'Ce changement de statut n’est pas permis',
    en: 'This status change is not allowed',
  },
  date_in_future: { fr: 'Ne peut pas être dans le futur', en: 'Cannot be in the future' },
  before_last_status_change: {
    fr: 'Ne peut pas précéder le dernier changement de statut ({date})',
    en: 'Cannot be before the last status change ({date})',
  },
  reason_required: { fr: 'Indiquez un motif', en: 'Give a reason' },
  member_contacts_only: { fr: 'Réservé aux entreprises membres', en: 'Member contacts only' },
  // topics
  no_such_topic: { fr: 'Ce sujet n’existe pas dans la mutuelle', en: 'No such topic in this mutual' },
  parent_topic_retired: { fr: 'Le sujet parent est retiré', en: 'The parent topic is retired' },
  topic_retired: { fr: 'Ce sujet est retiré', en: 'This topic is retired' },
  topic_code_taken: { fr: 'Un sujet a déjà le code {code}', en: 'A topic with the code {code} exists already' },
  topic_cycle: {
    fr: 'Un sujet ne peut pas être placé sous lui-même ni sous ses sous-sujets',
    en: 'A topic cannot be put under itself or its sub-topics',
  },
} as const satisfies Record<string, Texts>;
