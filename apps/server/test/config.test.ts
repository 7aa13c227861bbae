import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('given no environment, then the defaults: port 3000, embedded database in ./data, French', () => {
    const config = loadConfig({});
    assert.equal(config.PORT, 3000);
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.DATA_DIR, './data');
    assert.equal(config.DEFAULT_LOCALE, 'fr');
  });

  it('given no PUBLIC_URL, then links follow PORT; a PUBLIC_URL set stays as given', () => {
    assert.equal(loadConfig({}).PUBLIC_URL, 'http://localhost:3000');
    assert.equal(loadConfig({ PORT: '8080' }).PUBLIC_URL, 'http://localhost:8080');
    assert.equal(
      loadConfig({ PORT: '8080', PUBLIC_URL: 'https://formation.example.org' }).PUBLIC_URL,
      'https://formation.example.org',
    );
    assert.throws(() => loadConfig({ PUBLIC_URL: 'not a url' }), /PUBLIC_URL/);
  });

  it('given a wrong PORT and a wrong DATABASE_URL, then the error names both variables', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' }),
      (error: unknown) =>
        error instanceof ConfigError && /PORT/.test(error.message) && /DATABASE_URL/.test(error.message),
    );
  });

  it('given a short SESSION_SECRET, then it is refused by name', () => {
    assert.throws(() => loadConfig({ SESSION_SECRET: 'short' }), /SESSION_SECRET/);
  });

  it('given production without a SESSION_SECRET, then the start is refused', () => {
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /SESSION_SECRET/);
  });

  it('given an unknown DEFAULT_LOCALE, then it is refused by name', () => {
    assert.throws(() => loadConfig({ DEFAULT_LOCALE: 'de' }), /DEFAULT_LOCALE/);
  });
});
