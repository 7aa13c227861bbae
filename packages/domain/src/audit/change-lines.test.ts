import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeLines } from './change-lines.ts';

describe('an audit change as lines before → after (issue #9, point 16)', () => {
  it('given fields each with from and to, then one line per field that changed', () => {
    assert.deepEqual(
      changeLines('member.update', {
        legalName: { from: 'Acier inc.', to: 'Acier Hétu inc.' },
        city: { from: 'Joliette', to: 'Joliette' },
      }),
      [{ field: 'legalName', before: 'Acier inc.', after: 'Acier Hétu inc.' }],
    );
  });
  it('given a record before and after, then the fields that differ', () => {
    assert.deepEqual(
      changeLines('update', {
        before: { role: 'coordinator', active: true },
        after: { role: 'board_viewer', active: true },
      }),
      [{ field: 'role', before: 'coordinator', after: 'board_viewer' }],
    );
  });
  it('given a bare from and to, then the state; extra values as set; ids left out', () => {
    assert.deepEqual(
      changeLines('session.confirmed', {
        from: 'proposed',
        to: 'confirmed',
        reason: 'Minimum atteint',
        override: false,
        sessionId: '3f0e2c1a-1111-4222-8333-444455556666',
      }),
      [
        { field: 'status', before: 'proposed', after: 'confirmed' },
        { field: 'reason', before: null, after: 'Minimum atteint' },
        { field: 'override', before: null, after: false },
      ],
    );
  });
  it('given a reservation, then the bare before and after are seats', () => {
    assert.deepEqual(
      changeLines('session.reservation', { memberId: '3f0e2c1a-1111-4222-8333-444455556666', before: 2, after: 4 }),
      [{ field: 'seats', before: 2, after: 4 }],
    );
  });
  it('given nothing recorded, then no line', () => {
    assert.deepEqual(changeLines('login', {}), []);
    assert.deepEqual(changeLines('login', null), []);
  });
});
