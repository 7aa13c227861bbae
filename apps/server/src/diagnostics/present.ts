// Diagnostic rows → API answers.
import type { Diagnostic, DiagnosticConstraints, DiagnosticSummary, skillsGapSchema } from '@mutualis/contracts';
import { diagnosticConstraintsSchema } from '@mutualis/contracts';
import type { z } from 'zod';
import type { MemberScope } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { needRepository, presentNeeds } from '../needs/index.ts';
import type { DiagnosticRow } from './repository.ts';

/** The stored constraints, with the defaults of the ones left out. */
export const constraintsOf = (raw: unknown): DiagnosticConstraints => diagnosticConstraintsSchema.parse(raw ?? {});

function fieldsOf(r: DiagnosticRow) {
  return {
    id: r.id,
    memberId: r.member_id,
    memberName: r.member_name,
    status: r.status,
    scheduledOn: r.scheduled_on,
    conductedBy: r.conducted_by,
    challenges: r.challenges,
    skillsGaps: (r.skills_gaps ?? []) as z.infer<typeof skillsGapSchema>[],
    priorities: r.priorities,
    constraints: constraintsOf(r.constraints),
    notes: r.notes,
    startedAt: r.started_at,
    completedAt: r.completed_at,
    validatedAt: r.validated_at,
    validatedBy: r.validated_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A diagnostic in a list: its content and how many need lines it produced. */
export const presentDiagnosticSummary = (r: DiagnosticRow): DiagnosticSummary => ({
  ...fieldsOf(r),
  needCount: r.need_count,
});

/** A diagnostic with the need lines it produced that the scope reaches. */
export async function presentDiagnostic(db: Db, scope: MemberScope, r: DiagnosticRow): Promise<Diagnostic> {
  const needs = await needRepository(db).all(scope, { diagnosticId: r.id });
  return { ...fieldsOf(r), needs: await presentNeeds(db, needs) };
}
