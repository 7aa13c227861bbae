import { z } from '@hono/zod-openapi';
import { inviteUserRequestSchema, updateUserRequestSchema, userListQuerySchema, userPageSchema, userSchema } from '@mutualis/contracts';
import { inviteUser } from './invite-user.ts';
import { getUser, listUsers } from './list-users.ts';
import { resendInvitation } from './resend-invitation.ts';
import { setUserActive } from './set-user-active.ts';
import { updateUser } from './update-user.ts';
import { callerOf, route } from '../http/access.ts';
import type { Deps } from '../caller.ts';
import type { App } from '../http/context.ts';
import { problemResponses } from '../http/openapi.ts';

const managers = ['platform_admin', 'coordinator'] as const;
const params = z.object({ userId: z.string().uuid() });
const userResponse = (description: string) => ({ description, content: { 'application/json': { schema: userSchema } } });

/** Accounts: coordinators manage their mutual's, the platform administrator everyone's. */
export function registerUserRoutes(app: App, deps: Deps) {
  app.openapi(
    route({
      method: 'get',
      path: '/api/users',
      tags: ['users'],
      summary: "List and search accounts (a coordinator: its mutual's)",
      access: managers,
      request: { query: userListQuerySchema },
      responses: { 200: { description: 'A page of accounts', content: { 'application/json': { schema: userPageSchema } } }, ...problemResponses },
    }),
    async (c) => c.json(await listUsers(deps, callerOf(c), c.req.valid('query')), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/api/users',
      tags: ['users'],
      summary: 'Invite someone: creates the account without password and e-mails a link valid 7 days',
      access: managers,
      request: { body: { required: true, content: { 'application/json': { schema: inviteUserRequestSchema } } } },
      responses: { 201: userResponse('Invited'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const id = await inviteUser(deps, caller, c.req.valid('json'));
      return c.json(await getUser(deps, caller, id), 201);
    },
  );

  app.openapi(
    route({
      method: 'get',
      path: '/api/users/{userId}',
      tags: ['users'],
      summary: 'One account',
      access: managers,
      request: { params },
      responses: { 200: userResponse('The account'), ...problemResponses },
    }),
    async (c) => c.json(await getUser(deps, callerOf(c), c.req.valid('param').userId), 200),
  );

  app.openapi(
    route({
      method: 'patch',
      path: '/api/users/{userId}',
      tags: ['users'],
      summary: 'Change an account: name, language, role scope (role, member, provider)',
      access: managers,
      request: { params, body: { required: true, content: { 'application/json': { schema: updateUserRequestSchema } } } },
      responses: { 200: userResponse('The account, updated'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { userId } = c.req.valid('param');
      await updateUser(deps, caller, userId, c.req.valid('json'));
      return c.json(await getUser(deps, caller, userId), 200);
    },
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.openapi(
      route({
        method: 'post',
        path: `/api/users/{userId}/${action}`,
        tags: ['users'],
        summary: active ? 'Reactivate an account' : 'Deactivate an account: it can no longer log in and its sessions end',
        access: managers,
        request: { params },
        responses: { 200: userResponse('The account, updated'), ...problemResponses },
      }),
      async (c) => {
        const caller = callerOf(c);
        const { userId } = c.req.valid('param');
        await setUserActive(deps, caller, userId, active);
        return c.json(await getUser(deps, caller, userId), 200);
      },
    );
  }

  app.openapi(
    route({
      method: 'post',
      path: '/api/users/{userId}/resend-invitation',
      tags: ['users'],
      summary: 'Send a new invitation link to an account that has no password yet (the old link stops working)',
      access: managers,
      request: { params },
      responses: { 200: userResponse('The account, with its new invitation expiry'), ...problemResponses },
    }),
    async (c) => {
      const caller = callerOf(c);
      const { userId } = c.req.valid('param');
      await resendInvitation(deps, caller, userId);
      return c.json(await getUser(deps, caller, userId), 200);
    },
  );
}
