// A backup's name is Córdoba's civil time of the backup, whatever the machine's time zone.
import { describe, expect, it } from 'vitest';
import { backupName } from './backup-name.ts';

describe('backupName', () => {
  it.each<[string, 'sqlite3' | 'dump', string]>([
    ['2026-03-01T12:00:00.000Z', 'sqlite3', 'hub-20260301-090000.sqlite3'],
    ['2026-01-01T02:59:59.999Z', 'dump', 'hub-20251231-235959.dump'],
    ['2026-07-09T03:04:05.000Z', 'dump', 'hub-20260709-000405.dump'],
  ])('%s (%s) → %s', (iso, extension, name) => {
    expect(backupName(Date.parse(iso), extension)).toBe(name);
  });
});
