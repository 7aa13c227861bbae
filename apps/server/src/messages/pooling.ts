// The pooling area's messages (messages/index.ts).
import type { Texts } from '@mutualis/contracts';

export const poolingMessages = {
  need_not_in_problem: { fr: 'Le besoin « {id} » n’est pas dans le problème', en: 'Need "{id}" is not in the problem' },
  offer_not_in_problem: { fr: 'L’offre « {id} » n’est pas dans le problème', en: 'Offer "{id}" is not in the problem' },
  period_not_in_problem: {
    fr: 'La période {period} n’est pas dans le problème',
    en: 'Period {period} is not in the problem',
  },
  pinned_and_excluded: { fr: '« {id} » est à la fois imposé et exclu', en: '"{id}" is both pinned and excluded' },
  offer_max_sessions: {
    fr: 'L’offre « {id} » ne peut pas donner plus de {maximum|# session|# sessions} en {period}',
    en: 'Offer "{id}" cannot run more than {maximum|# session|# sessions} in {period}',
  },
  pins_exceed_need_seats: {
    fr: 'Le besoin « {id} » a {seats} places, mais les sessions imposées en retiennent {pinned}',
    en: 'Need "{id}" has {seats} seats but pins hold {pinned}',
  },
  pooling_problem_issue: {
    fr: 'Le problème de mutualisation n’est pas valide : {detail}',
    en: 'The pooling problem is not valid: {detail}',
  },
  run_has_no_plan: { fr: 'Ce calcul n’a pas de plan', en: 'This run has no plan' },
  plan_already_accepted: { fr: 'Ce plan a déjà été accepté', en: 'This plan has already been accepted' },
  plan_stale_needs: {
    fr: 'Le plan n’est plus à jour : {count|# besoin a changé|# besoins ont changé} depuis le calcul (p. ex. {id}); relancez-le',
    en: 'The plan is stale: {count|# need|# needs} changed since the run (e.g. {id}); run it again',
  },
  changed_since_run: { fr: 'A changé depuis le calcul', en: 'Changed since the run' },
  plan_stale_course: {
    fr: 'Le plan n’est plus à jour : le cours {id} n’est plus approuvé; relancez-le',
    en: 'The plan is stale: course {id} is no longer approved; run it again',
  },
  run_already_ended: { fr: 'Ce calcul est déjà terminé', en: 'The run has already ended' },
  savings_for_own_firm: {
    fr: 'Les économies sont montrées aux personnes-ressources d’une entreprise membre, pour leur entreprise',
    en: 'Savings are shown to a member firm’s contacts, for their own firm',
  },
  source_run_has_no_plan: {
    fr: 'Le calcul de départ n’a pas de plan d’où prendre des sessions',
    en: 'The source run has no plan to take sessions from',
  },
  session_not_in_source_plan: {
    fr: 'La session « {id} » n’est pas dans le plan du calcul de départ',
    en: 'Session "{id}" is not in the source run’s plan',
  },
  no_need_in_periods: {
    fr: 'Aucun besoin ouvert de la sélection n’accepte l’une des périodes choisies',
    en: 'No open need of the selection accepts any of the chosen periods',
  },
} as const satisfies Record<string, Texts>;
