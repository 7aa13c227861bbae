// A prospect's path, from first contact to member (or declined). A declined prospect may be
// approached again (back to contacted); a member is the end of the path.

export const PROSPECT_STAGES = ['contacted', 'interested', 'diagnosis', 'proposal', 'member', 'declined'] as const;
export type ProspectStage = (typeof PROSPECT_STAGES)[number];

const OPEN: readonly ProspectStage[] = ['contacted', 'interested', 'diagnosis', 'proposal'];

/** True when the prospect may move from one stage to the other: any open stage to any other open one, member or declined; declined back to contacted. */
export function canMoveProspect(from: ProspectStage, to: ProspectStage): boolean {
  if (from === to) return false;
  if (from === 'member') return false;
  if (from === 'declined') return to === 'contacted';
  return OPEN.includes(from);
}

/** True when the prospect is still being worked on. */
export const prospectIsOpen = (stage: ProspectStage): boolean => OPEN.includes(stage);
