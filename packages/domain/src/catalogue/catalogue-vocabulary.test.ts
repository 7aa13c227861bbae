import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  COURSE_STATUSES,
  courseIsInUse,
  modeUsesRegions,
  OFFERED_COURSE_STATUSES,
  providerMayAnswerQuote,
  QUOTE_PROVIDER_STATUSES,
  QUOTE_REQUEST_STATUSES,
  QUOTE_RESPONSE_STATUSES,
  quoteRequestIsOpen,
  quoteResponseIsCompared,
  quoteResponseIsShown,
  TRAINING_MODES,
} from './catalogue-vocabulary.ts';

describe('course statuses', () => {
  it('given every course status, then only an approved course is in use', () => {
    assert.deepEqual(COURSE_STATUSES.filter(courseIsInUse), ['approved']);
  });
  it('given a provider, then its retired courses are not counted as offered', () => {
    assert.deepEqual(
      [...OFFERED_COURSE_STATUSES],
      COURSE_STATUSES.filter((s) => s !== 'retired'),
    );
  });
  it('given the modes, then only an in-person session takes place in a region', () => {
    assert.deepEqual(TRAINING_MODES.filter(modeUsesRegions), ['in_person']);
  });
});

describe('quote statuses', () => {
  it('given every request status, then only an open request can still change', () => {
    assert.deepEqual(QUOTE_REQUEST_STATUSES.filter(quoteRequestIsOpen), ['open']);
  });
  it('given a provider that declined or was decided, then it may no longer answer', () => {
    assert.deepEqual(QUOTE_PROVIDER_STATUSES.filter(providerMayAnswerQuote), ['sent', 'answered']);
  });
  it('given the answers, then the submitted and accepted ones are compared and all but superseded ones are shown', () => {
    assert.deepEqual(QUOTE_RESPONSE_STATUSES.filter(quoteResponseIsCompared), ['submitted', 'accepted']);
    assert.deepEqual(QUOTE_RESPONSE_STATUSES.filter(quoteResponseIsShown), ['submitted', 'accepted', 'not_selected']);
  });
});
