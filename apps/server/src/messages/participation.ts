// The participation area's messages: prospects and the participation questionnaires (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const participationMessages = {
  prospect_move_not_allowed: {
    fr: 'Cette entreprise prospecte ne peut pas passer à cette étape',
    en: 'This prospect cannot move to this stage',
  },
  decline_needs_reasons: {
    fr: 'Obligatoire pour un refus : pourquoi l’entreprise n’a-t-elle pas adhéré ?',
    en: 'Required to decline: why did the firm not join?',
  },
  names_non_prospect: {
    fr: 'Nomme une entreprise qui n’est pas prospectée par la mutuelle',
    en: 'Names a firm that is not a prospect of the mutual',
  },
  // the answers' checks (domain participation/questionnaires.ts)
  distinct_among: { fr: 'Des codes distincts parmi : {options}', en: 'Distinct codes among {options}' },
  choose_at_least_one: { fr: 'Choisissez-en au moins un', en: 'Choose at least one' },
} as const satisfies Record<string, Texts>;
