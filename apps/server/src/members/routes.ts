import { memberContactEndpoints as contacts, memberEndpoints as members } from '@mutualis/contracts';
import { MEMBER_RECORD_ROLES } from '@mutualis/domain/accounts/roles';
import type { Deps } from '../caller.ts';
import { serve } from '../http/api.ts';
import type { App } from '../http/context.ts';
import { addMemberContact } from './add-member-contact.ts';
import { changeMemberStatus } from './change-member-status.ts';
import { createMember } from './create-member.ts';
import { exportMembers } from './export-members.ts';
import { getMember } from './get-member.ts';
import { getMemberHistory } from './get-member-history.ts';
import { listMemberContacts } from './list-member-contacts.ts';
import { listMembers } from './list-members.ts';
import { removeMemberContact } from './remove-member-contact.ts';
import { updateMember } from './update-member.ts';
import { updateMemberContact } from './update-member-contact.ts';

/**
 * Member firms: coordinators list, search, export, create, edit and move them along their life
 * cycle; a member contact reads its own firm, keeps its contact details and its contact people.
 */
export function registerMemberRoutes(app: App, deps: Deps) {
  serve(app, members.list, ['coordinator'], ({ query }, caller) => listMembers(deps, caller, query));
  serve(app, members.export, ['coordinator'], ({ query }, caller) => exportMembers(deps, caller, query));
  serve(app, members.create, ['coordinator'], ({ body }, caller) => createMember(deps, caller, body));
  serve(app, members.get, MEMBER_RECORD_ROLES, ({ params }, caller) => getMember(deps, caller, params));
  serve(app, members.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    updateMember(deps, caller, { memberId: params.memberId, changes: body }),
  );
  serve(app, members.changeStatus, ['coordinator'], ({ params, body }, caller) =>
    changeMemberStatus(deps, caller, { ...params, ...body }),
  );
  serve(app, members.history, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    getMemberHistory(deps, caller, { ...params, ...query }),
  );
  serve(app, contacts.list, MEMBER_RECORD_ROLES, ({ params, query }, caller) =>
    listMemberContacts(deps, caller, { ...params, ...query }),
  );
  serve(app, contacts.add, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    addMemberContact(deps, caller, { memberId: params.memberId, contact: body }),
  );
  serve(app, contacts.update, MEMBER_RECORD_ROLES, ({ params, body }, caller) =>
    updateMemberContact(deps, caller, { ...params, changes: body }),
  );
  serve(app, contacts.remove, MEMBER_RECORD_ROLES, ({ params }, caller) => removeMemberContact(deps, caller, params));
}
