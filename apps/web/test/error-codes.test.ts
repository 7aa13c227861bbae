import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES } from '@mutualis/contracts';

// The API's error codes are a closed list (contracts' ERROR_CODES); a person sees each in words.
const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/i18n/locales');

describe('error codes', () => {
  for (const lang of ['fr', 'en']) {
    it(`given the closed list of API error codes, then each has a ${lang} message in errors.json`, () => {
      const messages = JSON.parse(fs.readFileSync(path.join(locales, lang, 'errors.json'), 'utf8')) as Record<
        string,
        string
      >;
      const missing = ERROR_CODES.filter((code) => typeof messages[code] !== 'string' || messages[code].trim() === '');
      assert.deepEqual(missing, []);
    });
  }
});
