import { RESEARCH_CONSENT_STATEMENT } from '@mutualis/domain/outcomes/consent';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { invalid } from '../errors.ts';
import { presentConsent } from './present.ts';
import { outcomeRepository } from './repository.ts';
import { type VisibleFirm, visibleMember, visibleProspect } from './visible-firm.ts';

export interface ConsentInput {
  granted: boolean;
  givenByName?: string;
  givenByTitle?: string;
  via?: 'app' | 'paper';
}

/** Records a decision (a new row: the history is kept) and answers the consent state. */
export function recordConsent(deps: Deps, firm: VisibleFirm, decision: ConsentDecisionWrite) {
  return inTransaction(deps, (tx) => writeConsent(tx, firm, decision));
}

export interface ConsentDecisionWrite {
  granted: boolean;
  givenByName: string;
  givenByTitle: string | null;
  via: 'app' | 'form' | 'paper';
  recordedBy: string | null;
}

/** recordConsent's step, inside the caller's transaction. */
export async function writeConsent(tx: Deps, firm: VisibleFirm, decision: ConsentDecisionWrite) {
  const deps = tx;
  {
    const repo = outcomeRepository(tx.db);
    await repo.insertConsent({
      mutual_id: firm.mutualId,
      member_id: firm.ref.kind === 'member' ? firm.ref.id : null,
      prospect_id: firm.ref.kind === 'prospect' ? firm.ref.id : null,
      granted: decision.granted,
      statement_version: RESEARCH_CONSENT_STATEMENT.version,
      given_by_name: decision.givenByName,
      given_by_title: decision.givenByTitle,
      via: decision.via,
      recorded_by: decision.recordedBy,
      at: deps.now().toISOString(),
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId: firm.mutualId,
      memberId: firm.ref.kind === 'member' ? firm.ref.id : null,
      actorUserId: decision.recordedBy,
      action: decision.granted ? 'consent.grant' : 'consent.withdraw',
      entityType: firm.ref.kind,
      entityId: firm.ref.id,
      change: { via: decision.via, statementVersion: RESEARCH_CONSENT_STATEMENT.version },
    });
    return presentConsent(await repo.consentHistory(firm.mutualId, firm.ref));
  }
}

/**
 * A member's decision: its contact decides in its own name, in the app; a coordinator records a
 * decision the firm signed (the signer's name is required).
 */
export async function recordMemberConsent(deps: Deps, caller: Caller, input: { memberId: string } & ConsentInput) {
  const firm = await visibleMember(deps, caller, input.memberId);
  if (caller.role === 'member_contact') {
    return recordConsent(deps, firm, {
      granted: input.granted,
      givenByName: caller.displayName,
      givenByTitle: input.givenByTitle ?? null,
      via: 'app',
      recordedBy: caller.userId,
    });
  }
  if (!input.givenByName) throw invalid('givenByName', 'signer_required');
  return recordConsent(deps, firm, {
    granted: input.granted,
    givenByName: input.givenByName,
    givenByTitle: input.givenByTitle ?? null,
    via: input.via ?? 'paper',
    recordedBy: caller.userId,
  });
}

/** A reporting prospect's decision, recorded by the coordinator. */
export async function recordProspectConsent(deps: Deps, caller: Caller, input: { prospectId: string } & ConsentInput) {
  const firm = await visibleProspect(deps, caller, input.prospectId);
  if (!input.givenByName) throw invalid('givenByName', 'signer_required');
  return recordConsent(deps, firm, {
    granted: input.granted,
    givenByName: input.givenByName,
    givenByTitle: input.givenByTitle ?? null,
    via: input.via ?? 'paper',
    recordedBy: caller.userId,
  });
}

/** A member's consent state (its coordinator, its own contact). */
export async function getMemberConsent(deps: Deps, caller: Caller, input: { memberId: string }) {
  const firm = await visibleMember(deps, caller, input.memberId);
  return presentConsent(await outcomeRepository(deps.db).consentHistory(firm.mutualId, firm.ref));
}
