// The funding area's messages: funders, programmes, claims and what funders pay (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const fundingMessages = {
  no_such_funder: { fr: 'Ce bailleur de fonds n’existe pas dans la mutuelle', en: 'No such funder in this mutual' },
  no_such_programme: {
    fr: 'Ce programme de financement n’existe pas dans la mutuelle',
    en: 'No such funding programme in this mutual',
  },
  funder_name_taken: { fr: 'Un autre bailleur de fonds porte ce nom', en: 'Another funder has this name' },
  no_free_grant_account: {
    fr: 'Le plan comptable n’a plus de compte de subventions libre (4301 à 4399)',
    en: 'The chart has no free grant account (4301–4399) left',
  },
  no_unclaimed_subsidy: {
    fr: 'Aucune subvention non réclamée du programme {programme} entre le {from} et le {to}',
    en: 'No unclaimed subsidy of {programme} between {from} and {to}',
  },
  claim_already_submitted: {
    fr: 'La réclamation {number} est déjà soumise',
    en: 'Claim {number} is already submitted',
  },
  // funder payments (domain finance/claims.ts grantPaymentProblem)
  claim_not_submitted: {
    fr: 'La réclamation {number} n’est pas soumise : les versements s’inscrivent sur une réclamation soumise',
    en: 'Claim {number} is not submitted: payments are recorded on a submitted claim',
  },
  whole_cents_not_negative: { fr: 'Un montant au cent près, 0 ou plus', en: 'A whole number of cents, 0 or more' },
  received_or_refused: { fr: 'Indiquez un montant reçu ou refusé', en: 'Give an amount received or refused' },
  more_than_expected: {
    fr: 'Les montants reçu et refusé dépassent les {expectedCents} encore attendus',
    en: 'Received and refused exceed the {expectedCents} still expected',
  },
  before_claim_submitted: {
    fr: 'Ne peut pas précéder la soumission de la réclamation ({date})',
    en: 'Cannot be before the claim was submitted ({date})',
  },
} as const satisfies Record<string, Texts>;
