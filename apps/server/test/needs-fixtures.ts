import type { TestContext } from './harness.ts';

// Small builders shared by the needs-and-catalogue API tests.

let n = 0;
export async function newTopic(ctx: TestContext, mutualId: string, code = `topic-${Date.now().toString(36)}-${n++}`) {
  return ctx.deps.db
    .insertInto('topic')
    .values({ mutual_id: mutualId, code, name_fr: `Sujet ${code}`, name_en: `Topic ${code}` })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export const courseBody = (providerId: string, topicId: string, over: Record<string, unknown> = {}) => ({
  providerId,
  topicId,
  titleFr: 'Chariot élévateur',
  titleEn: 'Forklift',
  durationHours: 7,
  language: 'fr',
  mode: 'in_person',
  regions: ['06'],
  periods: ['2027-02', '2027-03'],
  fixedCostCents: 180_000,
  seatCostCents: 9_000,
  minSeats: 6,
  maxSeats: 12,
  maxSessionsPerPeriod: 2,
  ...over,
});

export const needBody = (topicId: string, over: Record<string, unknown> = {}) => ({
  topicId,
  seats: 3,
  languages: ['fr'],
  modes: ['in_person'],
  periods: ['2027-02'],
  ...over,
});
