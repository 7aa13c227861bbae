import type { PlanFigures } from '@mutualis/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';

/** A rate (0.481) as the reader writes a percentage: "48,1 %" in French, "48.1%" in English. */
export function usePercent() {
  const { t } = useTranslation();
  const format = useFormat();
  return (rate: number) => t('pooling:percent', { value: format.number(Math.round(rate * 1000) / 10) });
}

/** The engine's method in words: "par groupe indépendant (6 groupes, 6 à l'optimum) : MILP (HiGHS)". */
export function useSolverMethodText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (technical: PlanFigures['technical']) => {
    const { method } = technical;
    const steps = [...method.steps.map((s) => t(`pooling:technical.steps.${s}`)), ...method.other];
    const list =
      steps.length > 0
        ? new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(steps)
        : t('pooling:technical.steps.none');
    if (!method.byComponent) return list;
    return t('pooling:technical.byComponent', {
      count: technical.components ?? 0,
      optimal: format.number(technical.componentsOptimal ?? 0),
      steps: list,
    });
  };
}
