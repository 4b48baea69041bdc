import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from './placeholders.ts';

describe('numberPlaceholders', () => {
  it.each([
    ['none', 'SELECT 1', 'SELECT 1', 0],
    ['in order', 'SELECT a FROM t WHERE b = ? AND c > ?', 'SELECT a FROM t WHERE b = $1 AND c > $2', 2],
    ['not inside a string', "SELECT '?' , ? WHERE x = 'a?b'", "SELECT '?' , $1 WHERE x = 'a?b'", 1],
    ['a doubled quote inside a string', "SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1", 1],
    ['not inside a quoted identifier', 'SELECT "a?" FROM t WHERE "by" = ?', 'SELECT "a?" FROM t WHERE "by" = $1', 1],
    ['not inside a comment', 'SELECT ? -- why?\nFROM t WHERE a = ?', 'SELECT $1 -- why?\nFROM t WHERE a = $2', 2],
    ['beside a cast', 'SELECT CAST(? AS jsonb), ?::text', 'SELECT CAST($1 AS jsonb), $2::text', 2],
    ['an unterminated string is text to the end', "SELECT ? , 'a ?", "SELECT $1 , 'a ?", 1],
  ])('%s', (_, sql, text, count) => {
    expect(numberPlaceholders(sql)).toEqual({ text, count });
  });
});
