import { describe, expect, it } from 'vitest';
import { isPostgresUrl, shownDatabaseUrl } from './database-url.ts';

describe('database urls', () => {
  it.each([
    ['postgres://hub@127.0.0.1:5432/convivencia', true],
    ['postgresql://hub:secret@db.example.org/convivencia', true],
    ['postgres:///convivencia', false], // no host
    ['mysql://hub@127.0.0.1/convivencia', false],
    ['http://127.0.0.1:5432', false],
    ['convivencia', false],
    ['', false],
  ])('%s is a PostgreSQL address: %s', (value, expected) => {
    expect(isPostgresUrl(value)).toBe(expected);
  });

  it.each([
    ['postgres://hub:secret@db:5432/convivencia', 'postgres://hub:***@db:5432/convivencia'],
    ['postgres://hub@db/convivencia', 'postgres://hub@db/convivencia'],
    ['not a url:secret@host', 'not a url:***@host'],
  ])('shows %s without its password', (value, shown) => {
    expect(shownDatabaseUrl(value)).toBe(shown);
  });
});
