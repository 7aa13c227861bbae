import type { ParticipationAnalysis } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import {
  type AnsweredParticipation,
  analyseParticipation,
  membershipFlows,
} from '@mutualis/domain/participation/analysis';
import { PROSPECT_STAGES } from '@mutualis/domain/participation/prospect-stage';
import { PARTICIPATION_KINDS } from '@mutualis/domain/participation/questionnaires';
import type { Caller, Deps } from '../caller.ts';
import { evidenceRepository, evidenceScopeOf } from '../evidence/index.ts';
import { prospectRepository } from './prospect-repository.ts';
import { participationRepository } from './questionnaire-repository.ts';

/**
 * Why firms join, stay, leave or never join: the questionnaires' reasons and scales by size class,
 * sector and region, the prospect list's stages and why-not reasons, membership year by year.
 * Aggregates only; funders and researchers see consenting firms' answers only.
 */
export async function getParticipationAnalysis(
  deps: Deps,
  caller: Caller,
  query: { mutualId?: string } = {},
): Promise<ParticipationAnalysis> {
  const scope = await evidenceScopeOf(deps, caller, query.mutualId);
  const [questionnaires, prospects, members] = await Promise.all([
    participationRepository(deps.db).withFirms(scope.mutualId),
    prospectRepository(deps.db).all(scope.mutualId),
    evidenceRepository(deps.db).members(scope.mutualId),
  ]);
  const inScope = (firmId: string) => !scope.filter || scope.filter.has(firmId);
  const mine = questionnaires.filter((q) => inScope(q.firm_id));
  const answered: AnsweredParticipation[] = mine
    .filter((q) => q.answers !== null)
    .map((q) => ({
      kind: q.kind,
      firmId: q.firm_id,
      headcount: q.headcount,
      scianCode: q.scian_code,
      regionCode: q.region_code,
      answers: q.answers as Record<string, unknown>,
    }));
  const year = Number(todayInMontreal(deps.now()).slice(0, 4));
  const kinds = PARTICIPATION_KINDS.map((kind) =>
    analyseParticipation(kind, mine.filter((q) => q.kind === kind).length, answered),
  );
  // the prospect list's recorded why-not reasons, as if each prospect had answered them
  const listed: AnsweredParticipation[] = prospects
    .filter((p) => p.reasons.length > 0 && inScope(p.id))
    .map((p) => ({
      kind: 'prospect',
      firmId: p.id,
      headcount: p.headcount,
      scianCode: p.scian_code,
      regionCode: p.region_code,
      answers: { reasons: p.reasons },
    }));
  const listedAnalysis = analyseParticipation('prospect', listed.length, listed);
  return {
    audience: scope.audience,
    kinds,
    membership: membershipFlows(
      members.filter((m) => inScope(m.id)).map((m) => ({ joinedOn: m.joined_on, leftOn: m.left_on })),
      year - 5,
      year,
    ),
    prospectsByStage: PROSPECT_STAGES.map((stage) => ({
      stage,
      prospects: prospects.filter((p) => p.stage === stage && inScope(p.id)).length,
    })),
    prospectReasons: [...listedAnalysis.reasons.all, ...listedAnalysis.reasons.sizeClass],
  };
}
