import type { TestContext } from './harness.ts';

/** The e-mails queued for an address, newest first. */
export async function outboxFor(ctx: TestContext, to: string) {
  return ctx.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', to).orderBy('id', 'desc').execute();
}

/** The token of the newest link to `page` (invitation, reset-password) e-mailed to the address. */
export async function tokenFromMail(ctx: TestContext, to: string, page: string) {
  const [message] = await outboxFor(ctx, to);
  if (!message) throw new Error(`no e-mail to ${to}`);
  const match = message.text_body.match(new RegExp(`/${page}\\?token=([A-Za-z0-9_%-]+)`));
  if (!match) throw new Error(`no ${page} link in: ${message.text_body}`);
  return decodeURIComponent(match[1]);
}
