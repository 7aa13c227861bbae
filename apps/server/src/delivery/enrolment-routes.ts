import { enrolmentEndpoints as enrolment } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { enrolParticipant } from './enrol-participant.ts';
import { enrolParticipants } from './enrol-participants.ts';
import { listEnrolments } from './list-enrolments.ts';
import { listSessionEnrolments } from './list-session-enrolments.ts';
import { moveParticipant } from './move-participant.ts';
import { promoteParticipant } from './promote-participant.ts';
import { reorderWaitlist } from './reorder-waitlist.ts';
import { requestSeats } from './request-seats.ts';
import { substituteParticipant } from './substitute-participant.ts';
import { withdrawParticipant } from './withdraw-participant.ts';

/** Enrolment: name employees into seats (one or many), waitlist (by hand too), moves, withdrawal, substitution, seat requests. */
export function registerEnrolmentRoutes(app: App, deps: Deps) {
  serve(app, enrolment.listOfSession, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    listSessionEnrolments(deps, caller, { ...params, ...query }),
  );
  serve(app, enrolment.enrol, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    enrolParticipant(deps, caller, { ...params, ...body }),
  );
  serve(app, enrolment.enrolMany, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    enrolParticipants(deps, caller, { ...params, ...body }),
  );
  serve(app, enrolment.reorderWaitlist, ['coordinator'], ({ params, body }, caller) =>
    reorderWaitlist(deps, caller, { ...params, ...body }),
  );
  // accepted: the request leaves by e-mail (202, no body)
  serve(app, enrolment.requestSeats, ['member_contact'], async ({ params, body }, caller, c) => {
    await requestSeats(deps, caller, { ...params, ...body });
    return c.body(null, 202);
  });
  serve(app, enrolment.list, MEMBER_RECORD_ROLES, ({ query }, caller) => listEnrolments(deps, caller, query));
  serve(app, enrolment.withdraw, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    withdrawParticipant(deps, caller, { ...params, ...body }),
  );
  serve(app, enrolment.move, ['coordinator'], ({ params, body }, caller) =>
    moveParticipant(deps, caller, { ...params, ...body }),
  );
  serve(app, enrolment.promote, ['coordinator'], ({ params }, caller) => promoteParticipant(deps, caller, params));
  serve(app, enrolment.substitute, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    substituteParticipant(deps, caller, { ...params, ...body }),
  );
}
