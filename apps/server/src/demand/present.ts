// Demand rows → API answers.
import type { DemandCell, UnmetNeeds } from '@mutualis/contracts';
import type { CellAssessment, DemandCell as DomainCell, UnmetReason } from '@mutualis/domain/demand/index';
import type { TopicRow } from '../topics/index.ts';

/**
 * A cell of the board with its topic and what its assessment says. Written out field by field,
 * without a spread: this runs for every cell (23,648 for 200,000 needs).
 */
export function presentCell(cell: DomainCell, topic: TopicRow, a: CellAssessment): DemandCell {
  return {
    topicId: cell.topicId,
    regionCode: cell.regionCode,
    period: cell.period,
    language: cell.language,
    seats: cell.seats,
    members: cell.members,
    needs: cell.needs,
    inPersonSeats: cell.inPersonSeats,
    inPersonMembers: cell.inPersonMembers,
    virtualSeats: cell.virtualSeats,
    virtualMembers: cell.virtualMembers,
    topicCode: topic.code,
    topicNameFr: topic.name_fr,
    topicNameEn: topic.name_en,
    status: a.status,
    readyCourseIds: a.readyCourseIds,
    candidateCourseIds: a.candidateCourseIds,
    missingSeats: a.missingSeats,
  };
}

/** An open need that cannot be met, with the reason. */
export function presentUnmetNeed(
  n: {
    id: string;
    member_id: string;
    member_name: string;
    topic_id: string;
    topic_code: string;
    seats: number;
    region_code: string;
    languages: string[];
    modes: string[];
    periods: string[];
  },
  reason: UnmetReason,
): UnmetNeeds['items'][number] {
  return {
    needId: n.id,
    memberId: n.member_id,
    memberName: n.member_name,
    topicId: n.topic_id,
    topicCode: n.topic_code,
    seats: n.seats,
    regionCode: n.region_code,
    languages: n.languages,
    modes: n.modes,
    periods: n.periods,
    reason,
  };
}
