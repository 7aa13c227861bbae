import { z } from '@hono/zod-openapi';
import {
  changeMemberStatusRequestSchema,
  createMemberRequestSchema,
  memberContactListSchema,
  memberContactParamSchema,
  memberContactRequestSchema,
  memberContactSchema,
  memberExportQuerySchema,
  memberHistorySchema,
  memberIdParamSchema,
  memberListQuerySchema,
  memberListSchema,
  memberSchema,
  updateMemberContactRequestSchema,
  updateMemberRequestSchema,
} from '@mutualis/contracts';
import { contentTypes } from '../files/table-file.ts';
import { changeMemberStatus } from './change-member-status.ts';
import { createMember } from './create-member.ts';
import { exportMembers } from './export-members.ts';
import { getMember, getMemberHistory } from './get-member.ts';
import { listMembers } from './list-members.ts';
import { addMemberContact, listMemberContacts, removeMemberContact, updateMemberContact } from './manage-member-contacts.ts';
import { updateMember } from './update-member.ts';
import { memberScopeOf, mutualOf } from '../caller.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });
const fileResponse = { description: 'The file (CSV UTF-8 with BOM, or XLSX)', content: { 'text/csv': { schema: z.string() }, [contentTypes.xlsx]: { schema: z.string().meta({ format: 'binary' }) } } };
const COORD = ['coordinator'] as const;
const COORD_OR_CONTACT = ['coordinator', 'member_contact'] as const;

/** Member firms: list, search, export, create, edit, status, contacts, history. */
export function registerMemberRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/members',
      tags: ['members'],
      summary: 'List, search, filter, sort and page the members of the mutual',
      access: COORD,
      request: { query: memberListQuerySchema },
      responses: { 200: { description: 'A page of members', ...json(memberListSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await listMembers(deps, mutualOf(callerOf(c)), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/export',
      tags: ['members'],
      summary: 'Export the members that match the filters as CSV or XLSX (headers in French or English)',
      access: COORD,
      request: { query: memberExportQuerySchema },
      responses: { 200: fileResponse, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const { bytes, filename } = await exportMembers(deps, mutualOf(callerOf(c)), q);
      return c.body(bytes as unknown as ArrayBuffer, 200, {
        'content-type': contentTypes[q.format],
        'content-disposition': `attachment; filename="${filename}"`,
      }) as never;
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/members',
      tags: ['members'],
      summary: 'Add a member firm (as a prospect)',
      access: COORD,
      request: { body: { required: true, ...json(createMemberRequestSchema) } },
      responses: { 201: { description: 'Created', ...json(memberSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await createMember(deps, actor, mutualOf(actor), c.req.valid('json')), 201);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/{memberId}',
      tags: ['members'],
      summary: 'One member (a member contact: only its own firm)',
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema },
      responses: { 200: { description: 'The member', ...json(memberSchema) }, ...problemResponses },
    }),
    async (c) => c.json(await getMember(deps, memberScopeOf(callerOf(c)), c.req.valid('param').memberId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/members/{memberId}',
      tags: ['members'],
      summary: "Change a member's fields (a member contact: only address, city, postalCode, phone, website of its own firm)",
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema, body: { required: true, ...json(updateMemberRequestSchema) } },
      responses: { 200: { description: 'The changed member', ...json(memberSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await updateMember(deps, actor, memberScopeOf(actor), c.req.valid('param').memberId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/members/{memberId}/status',
      tags: ['members'],
      summary: 'Change the status: prospect → active → lapsed / withdrawn, lapsed → active, withdrawn → prospect (reason required for lapsed and withdrawn)',
      access: COORD,
      request: { params: memberIdParamSchema, body: { required: true, ...json(changeMemberStatusRequestSchema) } },
      responses: { 200: { description: 'The member', ...json(memberSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await changeMemberStatus(deps, actor, mutualOf(actor), c.req.valid('param').memberId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/{memberId}/history',
      tags: ['members'],
      summary: 'The history of changes to the member and its contacts (from the audit log), newest first',
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema },
      responses: { 200: { description: 'History', ...json(memberHistorySchema) }, ...problemResponses },
    }),
    async (c) => c.json({ items: await getMemberHistory(deps, memberScopeOf(callerOf(c)), c.req.valid('param').memberId) }, 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/members/{memberId}/contacts',
      tags: ['members'],
      summary: "The member's contact people",
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema },
      responses: { 200: { description: 'Contacts', ...json(memberContactListSchema) }, ...problemResponses },
    }),
    async (c) => c.json({ items: await listMemberContacts(deps, memberScopeOf(callerOf(c)), c.req.valid('param').memberId) }, 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/members/{memberId}/contacts',
      tags: ['members'],
      summary: 'Add a contact person to the member',
      access: COORD_OR_CONTACT,
      request: { params: memberIdParamSchema, body: { required: true, ...json(memberContactRequestSchema) } },
      responses: { 201: { description: 'Created', ...json(memberContactSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      return c.json(await addMemberContact(deps, actor, memberScopeOf(actor), c.req.valid('param').memberId, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/members/{memberId}/contacts/{contactId}',
      tags: ['members'],
      summary: 'Change a contact person',
      access: COORD_OR_CONTACT,
      request: { params: memberContactParamSchema, body: { required: true, ...json(updateMemberContactRequestSchema) } },
      responses: { 200: { description: 'The contact', ...json(memberContactSchema) }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      const { memberId, contactId } = c.req.valid('param');
      return c.json(await updateMemberContact(deps, actor, memberScopeOf(actor), memberId, contactId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/api/members/{memberId}/contacts/{contactId}',
      tags: ['members'],
      summary: 'Remove a contact person',
      access: COORD_OR_CONTACT,
      request: { params: memberContactParamSchema },
      responses: { 204: { description: 'Removed' }, ...problemResponses },
    }),
    async (c) => {
      const actor = callerOf(c);
      const { memberId, contactId } = c.req.valid('param');
      await removeMemberContact(deps, actor, memberScopeOf(actor), memberId, contactId);
      return c.body(null, 204);
    },
  );
}
