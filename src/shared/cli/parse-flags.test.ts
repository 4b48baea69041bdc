import { describe, expect, it } from 'vitest';
import { FlagError, parseFlags } from './parse-flags.ts';

const SPECS = {
  operations: { kind: 'int', min: 1, max: 100 },
  until: { kind: 'date' },
  lang: { kind: 'choice', choices: ['es-AR', 'en'] },
  'data-dir': { kind: 'string' },
  open: { kind: 'bool' },
} as const;

describe('parseFlags', () => {
  it.each([
    [['--operations', '5'], { operations: 5 }],
    [['--operations=5', '--open'], { operations: 5, open: true }],
    [['--until', '2026-02-28', '--lang', 'en'], { until: '2026-02-28', lang: 'en' }],
    [['--data-dir', '/tmp/a b'], { 'data-dir': '/tmp/a b' }],
    [[], {}],
  ])('%j → %j', (argv, expected) => {
    expect(parseFlags(argv, SPECS)).toEqual(expected);
  });

  it.each([
    [['--operations', 'abc'], 'bad_integer'],
    [['--operations', '0'], 'bad_integer'],
    [['--operations', '1e3'], 'bad_integer'],
    [['--operations', '99999999999999999999'], 'bad_integer'],
    [['--operations'], 'missing_value'],
    [['--operations', '--open'], 'missing_value'],
    [['--until', '2026-02-30'], 'bad_date'],
    [['--until', "2026-01-01'; DROP"], 'bad_date'],
    [['--lang', 'fr'], 'bad_choice'],
    [['--nope'], 'unknown_flag'],
    [['stray'], 'unknown_flag'],
    [['--open=yes'], 'unknown_flag'],
  ])('%j is refused with %s', (argv, key) => {
    expect(() => parseFlags(argv, SPECS)).toThrow(FlagError);
    try {
      parseFlags(argv, SPECS);
    } catch (err) {
      expect((err as FlagError).key).toBe(key);
    }
  });
});
