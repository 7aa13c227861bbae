import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionTitles } from './session-title.ts';

describe('session titles', () => {
  it('given a session without a title of its own, then it reads its course’s title in each language', () => {
    assert.deepEqual(sessionTitles({ title: null, courseTitleFr: 'Secourisme', courseTitleEn: 'First aid' }), { fr: 'Secourisme', en: 'First aid' });
    assert.deepEqual(sessionTitles({ title: 'Secourisme', courseTitleFr: 'Secourisme', courseTitleEn: 'First aid' }), { fr: 'Secourisme', en: 'First aid' });
  });

  it('given a title of its own, then it reads the same in both languages', () => {
    assert.deepEqual(sessionTitles({ title: 'Secourisme — groupe B', courseTitleFr: 'Secourisme', courseTitleEn: 'First aid' }), {
      fr: 'Secourisme — groupe B',
      en: 'Secourisme — groupe B',
    });
  });
});
