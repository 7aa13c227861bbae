import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTimestamptz } from '../src/db/client.ts';

describe('timestamptz parser', () => {
  it('given the UTC timestamps PostgreSQL sends, then it answers exactly what new Date(v).toISOString() does', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const values = [
      '2026-11-20 15:00:00+00',
      '1969-12-31 23:59:59.9995+00',
      '1000-01-01 00:00:00+00',
      '9999-12-31 23:59:59.999999+00',
    ];
    for (let i = 0; i < 5000; i++) {
      const fraction = random(7);
      const digits = fraction ? `.${pad(random(10 ** fraction), fraction)}` : '';
      values.push(
        `${pad(1000 + random(9000), 4)}-${pad(1 + random(12), 2)}-${pad(1 + random(28), 2)} ${pad(random(24), 2)}:${pad(random(60), 2)}:${pad(random(60), 2)}${digits}+00`,
      );
    }
    for (const v of values) assert.equal(parseTimestamptz(v), new Date(v).toISOString(), v);
    // the same instants as JSON writes them (rows read as JSON, db/json-rows.ts)
    for (const v of values) {
      const json = v.replace(' ', 'T').replace(/\+00$/, '+00:00');
      assert.equal(parseTimestamptz(json), new Date(v).toISOString(), json);
    }
  });

  it('given another shape (another zone, a year before 1000), then it still parses like Date', () => {
    for (const v of ['2026-11-20 10:00:00.5-05', '2026-11-20 15:00:00+05:30', '0099-01-01 00:00:00.5+00']) {
      assert.equal(parseTimestamptz(v), new Date(v).toISOString(), v);
    }
  });
});
