import type { RecognitionFile } from '@mutualis/contracts';
import { todayInMontreal } from '@mutualis/domain/dates';
import {
  answerDueOf,
  type MutualBasis,
  nextRecognitionEvents,
  paymentsCountAsTrainingSpending,
  type RecognitionEvent,
  type RecognitionEventKind,
  recognitionFileGaps,
  recognitionStatusOf,
  requiresSupportingResolution,
} from '@mutualis/domain/governance/recognition';
import { sizeClassOf } from '@mutualis/domain/reference/size-class';
import type { Caller, Deps } from '../caller.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { documentRepository } from './document-repository.ts';
import { readBoard } from './get-board.ts';
import { governanceMutualOf } from './governance-access.ts';
import { documentsByOwner } from './present.ts';
import { recognitionRepository } from './recognition-repository.ts';

/** The standing of a history: status, since when, the answer deadline, and whether payments count (s.1). */
export function standingOf(mutualId: string, events: readonly (RecognitionEvent & { occurredOn: string })[]) {
  const status = recognitionStatusOf(events);
  return {
    mutualId,
    status,
    since: events.at(-1)?.occurredOn ?? null,
    answerDueOn: answerDueOf(events),
    paymentsCount: paymentsCountAsTrainingSpending(status),
  };
}

/** The recognition file of a mutual with its history, members, board check and gaps. */
export async function readRecognition(db: Db, mutualId: string, today: string): Promise<RecognitionFile> {
  const repo = recognitionRepository(db);
  const mutual = await repo.mutual(mutualId);
  if (!mutual) throw notFound('mutual');
  const [file, eventRows, members, board] = await Promise.all([
    repo.file(mutualId),
    repo.events(mutualId),
    repo.activeMembers(mutualId),
    readBoard(db, mutualId, today),
  ]);
  const docs = documentRepository(db);
  const [eventDocs, fileDocs] = await Promise.all([
    docs.listFor(
      mutualId,
      'recognition_event',
      eventRows.map((e) => e.id),
    ),
    docs.listFor(mutualId, 'recognition_file', [mutualId]),
  ]);
  const byEvent = documentsByOwner(eventDocs);
  const events = eventRows.map((e) => ({
    kind: e.kind as RecognitionEventKind,
    occurredOn: e.occurred_on,
    answerDueOn: e.answer_due_on,
  }));
  const basis = mutual.kind as MutualBasis;
  const standing = standingOf(mutualId, events);
  const gaps = recognitionFileGaps({
    basis,
    legalName: file?.legal_name ?? null,
    neq: file?.neq ?? null,
    skillsProblems: file?.skills_problems ?? '',
    poolingRationale: file?.pooling_rationale ?? '',
    hasSupportingResolution: Boolean(file?.resolution_adopted_on),
    activeMembers: members.length,
    viableMembers: file?.viable_members ?? null,
    boardBreaches: board.composition.breaches.length,
  });
  return {
    mutualId,
    mutualName: mutual.name,
    basis,
    legalName: file?.legal_name ?? '',
    neq: file?.neq ?? '',
    incorporatedOn: file?.incorporated_on ?? null,
    address: file?.address ?? '',
    skillsProblems: file?.skills_problems ?? '',
    poolingRationale: file?.pooling_rationale ?? '',
    collaboration: file?.collaboration ?? '',
    viableMembers: file?.viable_members ?? null,
    viabilityBudgetCents:
      file?.viability_budget_cents === null || file?.viability_budget_cents === undefined
        ? null
        : Number(file.viability_budget_cents),
    viabilityActivity: file?.viability_activity ?? '',
    resolutionRequired: requiresSupportingResolution(basis),
    resolutionBody: file?.resolution_body ?? '',
    resolutionAdoptedOn: file?.resolution_adopted_on ?? null,
    resolutionReference: file?.resolution_reference ?? '',
    standing,
    nextEvents: nextRecognitionEvents(standing.status),
    events: eventRows.map((e) => ({
      id: e.id,
      kind: e.kind as RecognitionEventKind,
      occurredOn: e.occurred_on,
      answerDueOn: e.answer_due_on,
      note: e.note,
      documents: byEvent.get(e.id) ?? [],
      createdAt: e.created_at,
      createdByName: e.created_by_name,
    })),
    activeMembers: members.length,
    members: members.map((m) => ({
      id: m.id,
      legalName: m.legal_name,
      sizeClass: sizeClassOf(m.headcount),
      regionCode: m.region_code,
      joinedOn: m.joined_on,
    })),
    boardCompliant: board.composition.compliant,
    boardBreaches: board.composition.breaches,
    gaps,
    documents: fileDocs.map((d) => ({
      id: d.id,
      filename: d.filename,
      contentType: d.content_type,
      sizeBytes: d.size_bytes,
      uploadedAt: d.uploaded_at,
      uploadedByName: d.uploaded_by_name,
    })),
    updatedAt: file?.updated_at ?? null,
  };
}

/** The caller's mutual's recognition file (coordinator or board viewer). */
export async function getRecognition(deps: Deps, caller: Caller): Promise<RecognitionFile> {
  return readRecognition(deps.db, governanceMutualOf(caller), todayInMontreal(deps.now()));
}
