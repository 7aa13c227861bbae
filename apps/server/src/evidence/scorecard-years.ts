// The evidence's figures of each year for the governance scorecard (decision 36): retention, wage
// change and productivity change about the workers trained the year before, with the people and firms
// they rest on. The scorecard turns a cell under 5 people or 3 firms into "not enough data" (decision 44).
import type { EvidenceCell } from '@mutualis/domain/governance/scorecard';
import { PRODUCTIVITY_MEASURES } from '@mutualis/domain/outcomes/firm-year';
import type { Db } from '../db/client.ts';
import { evidenceRepository } from './repository.ts';

export interface EvidenceYear {
  retention12m: EvidenceCell;
  wageChange: EvidenceCell;
  productivityChange: EvidenceCell;
}

const LOWER_IS_BETTER = PRODUCTIVITY_MEASURES.filter((m) => !m.higherIsBetter).map((m) => m.code);

/** An empty year: no worker followed, no firm reporting. */
export const NO_EVIDENCE: EvidenceYear = {
  retention12m: { value: null, people: 0, firms: 0 },
  wageChange: { value: null, people: 0, firms: 0 },
  productivityChange: { value: null, people: null, firms: 0 },
};

/**
 * Each mutual's evidence years from `from` to `to` keyed `mutualId/year` (a year without any figure is
 * left out: it is `NO_EVIDENCE`). `consentingOnly` for eyes outside the mutual (funders, researchers).
 */
export async function evidenceYearsOf(
  db: Db,
  mutualIds: readonly string[],
  from: number,
  to: number,
  today: string,
  consentingOnly: boolean,
): Promise<Map<string, EvidenceYear>> {
  const rows = await evidenceRepository(db).scorecardYears(mutualIds, from, to, today, consentingOnly, LOWER_IS_BETTER);
  return new Map(
    rows.map((r) => [
      `${r.mutual_id}/${r.year}`,
      {
        retention12m: { value: r.people > 0 ? r.retained / r.people : null, people: r.people, firms: r.firms },
        wageChange: { value: r.wage_change, people: r.wage_people, firms: r.wage_firms },
        productivityChange: { value: r.productivity_change, people: null, firms: r.productivity_firms },
      },
    ]),
  );
}
