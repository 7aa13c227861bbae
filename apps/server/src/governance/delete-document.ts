import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import { forbidden, notFound } from '../errors.ts';
import { documentRepository } from './document-repository.ts';
import { governanceMutualOf, mayManageBoard } from './governance-access.ts';

/** Removes a document: coordinators any, the chair those of board meetings. */
export async function deleteDocument(deps: Deps, caller: Caller, input: { documentId: string }): Promise<undefined> {
  const mutualId = governanceMutualOf(caller);
  await inTransaction(deps, async (tx) => {
    const docs = documentRepository(tx.db);
    const doc = await docs.find(mutualId, input.documentId);
    if (!doc) throw notFound('document');
    const allowed =
      caller.role === 'coordinator' || (doc.owner_kind === 'board_meeting' && (await mayManageBoard(tx, caller)));
    if (!allowed) throw forbidden('document_removal_not_allowed');
    await docs.remove(mutualId, doc.id);
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'governance.document.remove',
      entityType: doc.owner_kind,
      entityId: doc.owner_id,
      change: { documentId: doc.id, filename: doc.filename },
    });
  });
  return undefined;
}
