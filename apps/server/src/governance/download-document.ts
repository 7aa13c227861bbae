import type { Caller, Deps } from '../caller.ts';
import { notFound } from '../errors.ts';
import { documentRepository } from './document-repository.ts';
import { governanceMutualOf } from './governance-access.ts';

/** A governance document of the caller's mutual (coordinator or board viewer), as a download. */
export async function downloadDocument(deps: Deps, caller: Caller, input: { documentId: string }) {
  const doc = await documentRepository(deps.db).find(governanceMutualOf(caller), input.documentId);
  if (!doc) throw notFound('document');
  return { filename: doc.filename, contentType: doc.content_type, body: new Uint8Array(doc.content) };
}
