import { sessionEndpoints as sessions } from '@mutualis/contracts';
import { SESSION_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { runGoNoGoCheck } from './check-go-no-go.ts';
import { createSession } from './create-session.ts';
import { getSession } from './get-session.ts';
import { listSessionHistory } from './list-session-history.ts';
import { listSessions } from './list-sessions.ts';
import { reserveSeats } from './reserve-seats.ts';
import { setMeetingDays } from './set-meeting-days.ts';
import { transitionSession } from './transition-session.ts';
import { updateSession } from './update-session.ts';

/** Training sessions: list, detail, creation by hand, schedule, lifecycle, firms' seats and history. */
export function registerSessionRoutes(app: App, deps: Deps) {
  serve(app, sessions.list, SESSION_ROLES, ({ query }, caller) => listSessions(deps, caller, query));
  serve(app, sessions.create, ['coordinator'], ({ body }, caller) => createSession(deps, caller, body));
  serve(app, sessions.goNoGo, ['coordinator'], (_, caller) => runGoNoGoCheck(deps, caller));
  serve(app, sessions.get, SESSION_ROLES, ({ params }, caller) => getSession(deps, caller, params));
  serve(app, sessions.update, ['coordinator'], ({ params, body }, caller) =>
    updateSession(deps, caller, { sessionId: params.sessionId, changes: body }),
  );
  serve(app, sessions.setMeetingDays, ['coordinator'], ({ params, body }, caller) =>
    setMeetingDays(deps, caller, { sessionId: params.sessionId, days: body.days }),
  );
  serve(app, sessions.transition, ['coordinator'], ({ params, body }, caller) =>
    transitionSession(deps, caller, { ...params, ...body }),
  );
  serve(app, sessions.reserve, ['coordinator'], ({ params, body }, caller) =>
    reserveSeats(deps, caller, { ...params, ...body }),
  );
  serve(app, sessions.history, ['coordinator'], ({ params, query }, caller) =>
    listSessionHistory(deps, caller, { ...params, ...query }),
  );
}
