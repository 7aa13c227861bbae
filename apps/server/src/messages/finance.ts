// The finance area's messages: the books, invoices and payments, provider bills, dues (messages/index.ts).
// Amounts are parameters in cents whose name ends in `Cents`: messageText writes them as money.
import type { Texts } from '@mutualis/contracts';

export const financeMessages = {
  // the books
  not_fiscal_year_start: {
    fr: 'N’est pas le premier jour d’un exercice (celui-ci commence le {start})',
    en: 'Is not the first day of a fiscal year (this one starts on {start})',
  },
  not_month_end: { fr: 'Le dernier jour d’un mois', en: 'The last day of a month' },
  books_already_closed: {
    fr: 'Les livres sont déjà fermés jusqu’au {closedThrough}',
    en: 'The books are already closed through {closedThrough}',
  },
  period_not_ended: {
    fr: 'Une période se ferme une fois terminée',
    en: 'A period is closed once it has ended',
  },
  account_code_first_digit: {
    fr: 'Le code d’un compte de ce type commence par {digit}',
    en: 'The code of an account of this kind starts with {digit}',
  },
  account_code_taken: { fr: 'Un autre compte a déjà ce code', en: 'Another account has this code' },
  account_stays_active: {
    fr: 'Les règles de comptabilisation utilisent ce compte : il reste actif',
    en: 'The posting rules use this account: it stays active',
  },
  no_such_account: {
    fr: 'Ce compte n’existe pas dans le plan comptable de la mutuelle',
    en: 'No such account in this mutual’s chart',
  },
  account_inactive: { fr: 'Le compte {code} est inactif', en: 'Account {code} is inactive' },
  // journal entries (domain finance/ledger.ts entryProblem)
  entry_needs_date: { fr: 'L’écriture doit être datée', en: 'The entry needs a date' },
  entry_two_lines: { fr: 'Une écriture a au moins deux lignes', en: 'An entry has at least two lines' },
  whole_cents: { fr: 'Des montants au cent près', en: 'Amounts are whole cents' },
  amounts_not_negative: {
    fr: 'Les montants ne sont pas négatifs (inscrivez-les de l’autre côté)',
    en: 'Amounts are not negative (use the other side)',
  },
  debit_or_credit: {
    fr: 'Chaque ligne est un débit ou un crédit, ni les deux ni aucun',
    en: 'Each line is a debit or a credit, not both nor neither',
  },
  entry_unbalanced: {
    fr: 'Les débits ({debitsCents}) et les crédits ({creditsCents}) diffèrent',
    en: 'Debits ({debitsCents}) and credits ({creditsCents}) differ',
  },
  entry_corrected_through_document: {
    fr: 'Cette écriture se corrige par son document (une note de crédit, un nouveau paiement…), pas par une contrepassation manuelle',
    en: 'This entry is corrected through its document (a credit note, a new payment…), not reversed by hand',
  },
  entry_already_reversed: { fr: 'L’écriture {number} est déjà contrepassée', en: 'Entry {number} is already reversed' },
  reversal_before_entry: {
    fr: 'Doit être le jour de l’écriture contrepassée ou après',
    en: 'Must be on or after the date of the entry it reverses',
  },
  // invoices and payments
  before_invoice_date: {
    fr: 'Ne peut pas précéder la date de la facture ({date})',
    en: 'Cannot be before the invoice’s date ({date})',
  },
  credit_note_not_credited: {
    fr: 'Une note de crédit ne se crédite pas : émettez plutôt une nouvelle facture',
    en: 'A credit note is not credited: issue a new invoice instead',
  },
  invoice_already_credited: { fr: 'La facture {number} est déjà créditée', en: 'Invoice {number} is already credited' },
  credit_note_takes_no_payment: {
    fr: '{number} est une note de crédit : elle ne reçoit pas de paiement',
    en: '{number} is a credit note: it takes no payment',
  },
  invoice_takes_no_payment: {
    fr: 'La facture {number} ne reçoit plus de paiement',
    en: 'Invoice {number} takes no more payments',
  },
  positive_cents: { fr: 'Un montant plus grand que 0', en: 'An amount greater than 0' },
  more_than_due: { fr: 'Dépasse le solde dû ({dueCents})', en: 'Is more than the {dueCents} due' },
  no_contact_email: {
    fr: '{firm} n’a aucune personne-ressource avec une adresse courriel à qui l’envoyer',
    en: '{firm} has no contact with an e-mail address to send it to',
  },
  session_invoiced_once_delivered: {
    fr: 'Cette session n’est pas encore facturable : les sessions sont facturées une fois données (voir le moment de facturation dans les paramètres)',
    en: 'This session cannot be invoiced yet: sessions are invoiced once delivered (see the invoicing timing in the settings)',
  },
  session_invoiced_once_confirmed: {
    fr: 'Cette session n’est pas encore facturable : les sessions sont facturées une fois confirmées',
    en: 'This session cannot be invoiced yet: sessions are invoiced once confirmed',
  },
  // provider bills
  bill_already_approved: {
    fr: 'La facture de fournisseur {number} est déjà approuvée',
    en: 'Provider bill {number} is already approved',
  },
  bill_already_paid: {
    fr: 'La facture de fournisseur {number} est déjà payée',
    en: 'Provider bill {number} is already paid',
  },
  bill_not_approved: {
    fr: 'La facture de fournisseur {number} doit être approuvée avant d’être payée',
    en: 'Provider bill {number} must be approved before it is paid',
  },
  before_approval: {
    fr: 'Ne peut pas précéder l’approbation ({date})',
    en: 'Cannot be before the approval ({date})',
  },
  bill_no_longer_changes: {
    fr: 'La facture de fournisseur {number} ne peut plus être modifiée',
    en: 'Provider bill {number} can no longer be changed',
  },
  // dues
  dues_schedule_missing: {
    fr: 'Établissez d’abord le barème des cotisations',
    en: 'Set the membership fee schedule first',
  },
  size_class_amount_required: {
    fr: 'Indiquez un montant pour au moins une taille d’entreprise',
    en: 'Give an amount for at least one size class',
  },
  band_required: { fr: 'Indiquez au moins une tranche', en: 'Give at least one band' },
  only_last_band_open: { fr: 'Seule la dernière tranche peut être ouverte', en: 'Only the last band is open' },
  bands_go_up: { fr: 'Chaque tranche doit dépasser la précédente', en: 'Each band must be above the one before' },
} as const satisfies Record<string, Texts>;
