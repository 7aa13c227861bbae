import { calendarEndpoints as calendar } from '@mutualis/contracts';
import { SESSION_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve, servePublic } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { createCalendarFeed } from './create-calendar-feed.ts';
import { listCalendarFeeds } from './list-calendar-feeds.ts';
import { renderCalendarFeed } from './render-calendar-feed.ts';
import { revokeCalendarFeed } from './revoke-calendar-feed.ts';

/** iCalendar feeds by private URL: per trainer, per member firm, per participant. */
export function registerCalendarRoutes(app: App, deps: Deps) {
  serve(app, calendar.create, SESSION_ROLES, ({ body }, caller) => createCalendarFeed(deps, caller, body));
  serve(app, calendar.list, SESSION_ROLES, ({ query }, caller) => listCalendarFeeds(deps, caller, query));
  serve(app, calendar.revoke, SESSION_ROLES, ({ params }, caller) =>
    revokeCalendarFeed(deps, caller, params).then(() => undefined),
  );
  // shown inline by calendar apps (no download name), cached a few minutes
  servePublic(app, calendar.feed, async ({ params }, _caller, c) =>
    c.body(await renderCalendarFeed(deps, params), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, max-age=300',
    }),
  );
}
