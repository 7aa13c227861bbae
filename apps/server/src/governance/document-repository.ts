import type { Db } from '../db/client.ts';
import type { DocumentOwnerKind } from '../db/governance-tables.ts';

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof documentRepository>['listFor']>>[number];

/** Documents of the recognition file, its steps, board meetings and partner agreements (bytes in the database). */
export function documentRepository(db: Db) {
  return {
    /** The documents of several owners of one kind, without their bytes, oldest first. */
    listFor(mutualId: string, ownerKind: DocumentOwnerKind, ownerIds: string[]) {
      return db
        .selectFrom('governance_document as d')
        .leftJoin('app_user as u', 'u.id', 'd.uploaded_by')
        .select([
          'd.id',
          'd.owner_id',
          'd.filename',
          'd.content_type',
          'd.size_bytes',
          'd.uploaded_at',
          'u.display_name as uploaded_by_name',
        ])
        .where('d.mutual_id', '=', mutualId)
        .where('d.owner_kind', '=', ownerKind)
        .where('d.owner_id', 'in', ownerIds.length ? ownerIds : ['00000000-0000-0000-0000-000000000000'])
        .orderBy('d.uploaded_at')
        .execute();
    },
    async insert(values: {
      mutualId: string;
      ownerKind: DocumentOwnerKind;
      ownerId: string;
      filename: string;
      contentType: string;
      bytes: Uint8Array;
      uploadedBy: string;
    }) {
      return db
        .insertInto('governance_document')
        .values({
          mutual_id: values.mutualId,
          owner_kind: values.ownerKind,
          owner_id: values.ownerId,
          filename: values.filename,
          content_type: values.contentType,
          size_bytes: values.bytes.length,
          content: values.bytes,
          uploaded_by: values.uploadedBy,
        })
        .returning(['id', 'owner_id', 'filename', 'content_type', 'size_bytes', 'uploaded_at'])
        .executeTakeFirstOrThrow();
    },
    find(mutualId: string, id: string) {
      return db
        .selectFrom('governance_document')
        .selectAll()
        .where('mutual_id', '=', mutualId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    async remove(mutualId: string, id: string) {
      await db.deleteFrom('governance_document').where('mutual_id', '=', mutualId).where('id', '=', id).execute();
    },
  };
}
