import {
  createNeedRequestSchema,
  needIdParamSchema,
  needImportFormRequestSchema,
  needImportJsonRequestSchema,
  needImportResultSchema,
  needListQuerySchema,
  needListSchema,
  needSchema,
  needTransitionRequestSchema,
  updateNeedRequestSchema,
  withdrawNeedRequestSchema,
} from '@mutualis/contracts';
import type { Context } from 'hono';
import { AppError } from '../errors.ts';
import { createNeed, getNeed, importNeeds, listNeeds, transitionNeed, updateNeed, withdrawNeed } from './manage-needs.ts';
import { principalOf, route } from '../http/access.ts';
import type { App, AppEnv, Deps } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const body = <T>(schema: T) => ({ body: { required: true, ...json(schema) } });
const MAX_FILE_BYTES = 15 * 1024 * 1024;

/** The uploaded file: multipart field "file", or JSON { filename, contentBase64 }. */
async function uploadedFile(c: Context<AppEnv>): Promise<{ filename: string; bytes: Uint8Array }> {
  const type = c.req.header('content-type') ?? '';
  const missing = () =>
    new AppError('validation_failed', 'file: send multipart field "file" or JSON { filename, contentBase64 }', { fields: [{ field: 'file', message: 'is required' }] });
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) throw missing();
    if (file.size > MAX_FILE_BYTES) throw new AppError('payload_too_large', 'The file is larger than 15 MB');
    return { filename: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (!type.startsWith('application/json')) throw missing();
  const parsed = needImportJsonRequestSchema.safeParse(await c.req.json().catch(() => null));
  if (!parsed.success || !/^[A-Za-z0-9+/=\s]+$/.test(parsed.data.contentBase64)) throw missing();
  const bytes = new Uint8Array(Buffer.from(parsed.data.contentBase64, 'base64'));
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('payload_too_large', 'The file is larger than 15 MB');
  return { filename: parsed.data.filename, bytes };
}

/**
 * Need lines. Member contacts declare, edit and withdraw their own until pooling plans them;
 * coordinators see and manage every member's needs and move their status.
 */
export function registerNeedRoutes(app: App, deps: Deps) {
  const who = ['coordinator', 'member_contact'] as const;

  app.openapi(
    route({
      method: 'get',
      path: '/api/needs',
      tags: ['needs'],
      summary: 'Needs: all of the mutual (coordinator) or the firm’s own (member contact)',
      access: who,
      request: { query: needListQuerySchema },
      responses: { 200: { description: 'Needs', ...json(needListSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await listNeeds(deps.db, principalOf(c), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/needs',
      tags: ['needs'],
      summary: 'Declare a need (seats, or named employees that fix the seats)',
      access: who,
      request: body(createNeedRequestSchema),
      responses: { 201: { description: 'Created', ...json(needSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await createNeed(deps.db, principalOf(c), c.req.valid('json'), deps.now()), 201),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/needs/import',
      tags: ['needs'],
      summary: 'Import needs from CSV or XLSX, all or nothing',
      description:
        'Columns (French or English names): member_neq (coordinators only), topic (topic code), seats, languages (fr;en), modes (in_person;virtual), ' +
        'periods (2027-02;2027-03), region (optional, defaults to the member’s), noc_code, priority (high|medium|low), max_price_per_seat (dollars), notes. ' +
        'Send multipart/form-data with a field "file", or JSON { filename, contentBase64 }. One wrong row and nothing is imported: the answer (422 import_failed) lists every row and column.',
      access: who,
      request: {
        body: {
          required: false,
          content: { 'multipart/form-data': { schema: needImportFormRequestSchema }, 'application/json': { schema: needImportJsonRequestSchema } },
        },
      },
      responses: { 201: { description: 'Imported', ...json(needImportResultSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await importNeeds(deps.db, principalOf(c), await uploadedFile(c as unknown as Context<AppEnv>), deps.now()), 201),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/needs/{needId}',
      tags: ['needs'],
      summary: 'One need',
      access: who,
      request: { params: needIdParamSchema },
      responses: { 200: { description: 'The need', ...json(needSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getNeed(deps.db, principalOf(c), c.req.valid('param').needId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/needs/{needId}',
      tags: ['needs'],
      summary: 'Change a need (member contacts: only while proposed or open)',
      access: who,
      request: { params: needIdParamSchema, ...body(updateNeedRequestSchema) },
      responses: { 200: { description: 'Updated', ...json(needSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await updateNeed(deps.db, principalOf(c), c.req.valid('param').needId, c.req.valid('json'), deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/needs/{needId}/withdraw',
      tags: ['needs'],
      summary: 'Withdraw a need (member contacts: only while proposed or open)',
      access: who,
      request: { params: needIdParamSchema, ...body(withdrawNeedRequestSchema) },
      responses: { 200: { description: 'Withdrawn', ...json(needSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await withdrawNeed(deps.db, principalOf(c), c.req.valid('param').needId, c.req.valid('json').reason, deps.now()), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/needs/{needId}/status',
      tags: ['needs'],
      summary: 'Move a need along open → planned → scheduled → closed (or back, or withdrawn), per the transition rules',
      access: ['coordinator'],
      request: { params: needIdParamSchema, ...body(needTransitionRequestSchema) },
      responses: { 200: { description: 'Moved', ...json(needSchema) }, ...problemResponses },
    }),
    async (c) => {
      const { status, note } = c.req.valid('json');
      return c.json(await transitionNeed(deps.db, principalOf(c), c.req.valid('param').needId, status, note, deps.now()), 200);
    },
  );
}
