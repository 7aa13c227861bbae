import type { GovernanceDocument } from '@mutualis/contracts';
import { auditRepository } from '../audit/index.ts';
import { type Caller, type Deps, inTransaction } from '../caller.ts';
import type { DocumentOwnerKind } from '../db/governance-tables.ts';
import { invalid, notFound } from '../errors.ts';
import { boardRepository } from './board-repository.ts';
import { documentRepository } from './document-repository.ts';
import { boardManagerMutualOf, coordinatorMutualOf } from './governance-access.ts';
import { partnerRepository } from './partner-repository.ts';
import { presentDocument } from './present.ts';
import { recognitionRepository } from './recognition-repository.ts';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** The media type of an accepted document, from its name; other files are refused. */
export function documentTypeOf(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const type = TYPES[ext];
  if (!type) throw invalid('file', 'document_type_refused', { types: Object.keys(TYPES).join(', ') });
  return type;
}

/**
 * Attaches a document to the recognition file or one of its steps (coordinators), to a board
 * meeting (coordinators and the chair) or to a partner agreement (coordinators).
 */
export async function uploadDocument(
  deps: Deps,
  caller: Caller,
  input: { ownerKind: DocumentOwnerKind; ownerId?: string; file: { filename: string; bytes: Uint8Array } },
): Promise<GovernanceDocument> {
  const mutualId =
    input.ownerKind === 'board_meeting' ? await boardManagerMutualOf(deps, caller) : coordinatorMutualOf(caller);
  const ownerId = input.ownerKind === 'recognition_file' ? mutualId : (input.ownerId as string);
  const contentType = documentTypeOf(input.file.filename);
  if (input.file.bytes.length === 0) throw invalid('file', 'file_empty');
  return inTransaction(deps, async (tx) => {
    const found =
      input.ownerKind === 'recognition_file'
        ? true
        : input.ownerKind === 'recognition_event'
          ? await recognitionRepository(tx.db).event(mutualId, ownerId)
          : input.ownerKind === 'board_meeting'
            ? await boardRepository(tx.db).meeting(mutualId, ownerId)
            : await partnerRepository(tx.db).agreement(mutualId, ownerId);
    if (!found) throw notFound('record');
    const row = await documentRepository(tx.db).insert({
      mutualId,
      ownerKind: input.ownerKind,
      ownerId,
      filename: input.file.filename,
      contentType,
      bytes: input.file.bytes,
      uploadedBy: caller.userId,
    });
    await auditRepository(tx.db).record({
      at: deps.now(),
      mutualId,
      actorUserId: caller.userId,
      action: 'governance.document.upload',
      entityType: input.ownerKind,
      entityId: ownerId,
      change: { documentId: row.id, filename: row.filename },
    });
    return presentDocument({ ...row, uploaded_by_name: caller.displayName });
  });
}
