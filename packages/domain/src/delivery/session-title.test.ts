import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sessionTitleIn, sessionTitles } from './session-title.ts';

describe('a session title in the reader’s language', () => {
  const course = {
    ownTitle: null,
    courseTitleFr: 'Secourisme en milieu de travail',
    courseTitleEn: 'Workplace first aid',
  };
  it('given a course with both titles, when read in English, then the English title; in French, the French one', () => {
    assert.equal(sessionTitleIn(course, 'en'), 'Workplace first aid');
    assert.equal(sessionTitleIn(course, 'fr'), 'Secourisme en milieu de travail');
  });
  it('given an empty English title, when read in English, then the French one rather than nothing', () => {
    assert.equal(sessionTitleIn({ ...course, courseTitleEn: ' ' }, 'en'), 'Secourisme en milieu de travail');
  });
  it('given a title the coordinator gave the session, then that title for every reader', () => {
    assert.equal(sessionTitleIn({ ...course, ownTitle: 'Cohorte du printemps' }, 'en'), 'Cohorte du printemps');
  });
});

describe('session titles', () => {
  it('given a session without a title of its own, then it reads its course’s title in each language', () => {
    assert.deepEqual(sessionTitles({ title: null, courseTitleFr: 'Secourisme', courseTitleEn: 'First aid' }), {
      fr: 'Secourisme',
      en: 'First aid',
    });
    assert.deepEqual(sessionTitles({ title: 'Secourisme', courseTitleFr: 'Secourisme', courseTitleEn: 'First aid' }), {
      fr: 'Secourisme',
      en: 'First aid',
    });
  });

  it('given a title of its own, then it reads the same in both languages', () => {
    assert.deepEqual(
      sessionTitles({ title: 'Secourisme — groupe B', courseTitleFr: 'Secourisme', courseTitleEn: 'First aid' }),
      {
        fr: 'Secourisme — groupe B',
        en: 'Secourisme — groupe B',
      },
    );
  });
});
