// The hub's JSON log: one object per line, the level filter, errors written out, and fields that cannot hide the
// line's own keys or break it.
import { describe, expect, it } from 'vitest';
import { jsonLog, LOG_LEVELS, logLine, type LogLevel } from './hub-log.ts';

const AT = new Date('2026-03-01T12:00:00.000Z');

function written(level: LogLevel): string[] {
  const lines: string[] = [];
  const log = jsonLog(
    level,
    (line) => lines.push(line),
    () => AT,
  );
  for (const at of LOG_LEVELS) log[at](`a ${at} line`);
  return lines.map((line) => (JSON.parse(line) as { level: string }).level);
}

describe('jsonLog', () => {
  it.each<[LogLevel, string[]]>([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
  ])('at %s writes %j', (level, levels) => {
    expect(written(level)).toEqual(levels);
  });

  it('writes one JSON object per line: time, level, msg, then the fields', () => {
    const lines: string[] = [];
    jsonLog(
      'info',
      (line) => lines.push(line),
      () => AT,
    ).warn('login refused', { username: 'ana', client: '127.0.0.1' });
    expect(lines).toEqual([
      '{"time":"2026-03-01T12:00:00.000Z","level":"warn","msg":"login refused","username":"ana","client":"127.0.0.1"}',
    ]);
  });
});

describe('logLine', () => {
  it('writes an error out: name, message, stack, its own properties and its cause', () => {
    const cause = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    const err = new TypeError('store unavailable', { cause });
    const line = JSON.parse(logLine(AT, 'error', 'store failed', { err })) as { err: Record<string, unknown> };
    expect(line.err).toEqual({
      name: 'TypeError',
      message: 'store unavailable',
      stack: expect.stringContaining('hub-log.test.ts'),
      cause: { name: 'Error', message: 'connection refused', stack: expect.any(String), code: 'ECONNREFUSED' },
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a field named like a key of the line', { msg: 'other', level: 'debug', time: 0, unit: 'M-01' }, { unit: 'M-01' }],
    ['a bigint', { seq: 12n }, { seq: '12' }],
    ['undefined fields', { gone: undefined }, {}],
  ])('keeps the line whole with %s', (_, fields, shown) => {
    expect(JSON.parse(logLine(AT, 'info', 'hub started', fields))).toEqual({
      time: AT.toISOString(),
      level: 'info',
      msg: 'hub started',
      ...shown,
    });
  });

  it('writes the line without its fields when they cannot be written', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(JSON.parse(logLine(AT, 'warn', 'odd', { cycle }))).toEqual({
      time: AT.toISOString(),
      level: 'warn',
      msg: 'odd',
      fields: 'not serialisable',
    });
  });
});
