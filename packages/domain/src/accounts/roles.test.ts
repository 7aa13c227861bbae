import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  grantableRoles,
  MUTUAL_ADMIN_ROLES,
  MUTUAL_READER_ROLES,
  MUTUAL_ROLES,
  mayGrantRole,
  ROLES,
  roleBelongsToMutual,
} from './roles.ts';

describe('roles', () => {
  it('given every role, then the mutual roles are all but the platform administrator', () => {
    assert.deepEqual(ROLES.filter(roleBelongsToMutual), [...MUTUAL_ROLES]);
  });
  it('given the platform administrator, when it invites, then it may give every role', () => {
    assert.deepEqual(grantableRoles('platform_admin'), [...ROLES]);
  });
  it('given a coordinator, when it invites, then it may give every role of its mutual but not platform administrator', () => {
    assert.deepEqual(grantableRoles('coordinator'), ['coordinator', 'member_contact', 'trainer', 'board_viewer']);
    assert.equal(mayGrantRole('coordinator', 'platform_admin'), false);
  });
  it('given a member contact, a trainer or a board viewer, then they may give no role', () => {
    for (const granter of ['member_contact', 'trainer', 'board_viewer'] as const)
      assert.deepEqual(grantableRoles(granter), []);
  });
  it('given the role groups, then account managers and mutual readers are the expected roles', () => {
    assert.deepEqual([...MUTUAL_ADMIN_ROLES], ['platform_admin', 'coordinator']);
    assert.deepEqual([...MUTUAL_READER_ROLES], ['platform_admin', 'coordinator', 'board_viewer']);
  });
});
