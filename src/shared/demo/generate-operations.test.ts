import { describe, expect, it } from 'vitest';
import { BARRIO_NAMES, DEMO_VENDING_ZONE } from '../geo/barrios.ts';
import { UUID_V7 } from '../ids/uuidv7.ts';
import { OPERATION_TYPES } from '../operations/codes.ts';
import { cordobaWeek } from '../roster/shifts.ts';
import { cordobaCivil, cordobaIsoDate } from '../time/cordoba.ts';
import { generateOperations } from './generate-operations.ts';

const UNTIL = Date.UTC(2026, 10, 26, 15);
const rows = [...generateOperations({ seed: 42, count: 20_000, until: UNTIL })];
const ofType = (type: string) => rows.filter((r) => r.type === type);

describe('demo operations', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const again = [...generateOperations({ seed: 42, count: 20_000, until: UNTIL })];
    expect(again.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect([...generateOperations({ seed: 43, count: 50, until: UNTIL })][0]!.id).not.toBe(rows[0]!.id);
  });

  it('cover every operation type with unique UUIDv7 ids in Córdoba barrios', () => {
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(OPERATION_TYPES));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => UUID_V7.test(r.id) && BARRIO_NAMES.includes(r.barrio))).toBe(true);
    expect(rows.every((r) => r.plannedEnd > r.plannedStart && r.updatedAt >= r.createdAt)).toBe(true);
  });

  it('put alcohol checkpoints on Thursday–Sunday nights', () => {
    for (const r of ofType('alcohol_test')) {
      const c = cordobaCivil(r.plannedStart);
      expect(c.hour >= 22 || c.hour <= 1).toBe(true);
      const checkpointDay = c.hour <= 1 ? (c.weekday + 6) % 7 : c.weekday; // after midnight belongs to the night before
      expect([4, 5, 6, 0]).toContain(checkpointDay);
      expect(r.shift).toBe('night');
    }
  });

  it('run noise checks at night and vending controls downtown by day', () => {
    expect(ofType('noise_check').every((r) => r.shift === 'night')).toBe(true);
    for (const r of ofType('street_vending')) {
      const hour = cordobaCivil(r.plannedStart).hour;
      expect(hour >= 9 && hour <= 16).toBe(true);
      expect(r.lat).toBeGreaterThanOrEqual(DEMO_VENDING_ZONE.south);
      expect(r.lat).toBeLessThanOrEqual(DEMO_VENDING_ZONE.north);
    }
  });

  it('close past operations, reserve the rest of this week and plan later weeks', () => {
    const past = rows.filter((r) => r.plannedEnd <= UNTIL);
    const weekEnd = cordobaWeek(cordobaIsoDate(UNTIL)).end;
    const thisWeek = rows.filter((r) => r.plannedStart > UNTIL && r.plannedStart < weekEnd);
    const later = rows.filter((r) => r.plannedStart >= weekEnd);
    expect(past.every((r) => r.status === 'closed' || r.status === 'cancelled')).toBe(true);
    expect(thisWeek.length).toBeGreaterThan(0);
    expect(thisWeek.every((r) => r.status === 'reserved')).toBe(true);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.status === 'draft' || r.status === 'planned')).toBe(true);
    expect(rows.filter((r) => r.status === 'closed').every((r) => r.resultSummary)).toBe(true);
  });

  it('run no more of a type a day than its limit (the instruments in calibration), and the rest as usual', () => {
    const limited = [...generateOperations({ seed: 42, count: 20_000, until: UNTIL, limitPerDay: { alcohol_test: 2, noise_check: 1 } })];
    const perDay = new Map<string, number>();
    for (const r of limited.filter((r) => r.type === 'alcohol_test' || r.type === 'noise_check')) {
      const key = `${r.type} ${cordobaIsoDate(r.plannedStart - 6 * 3_600_000)}`; // a checkpoint after midnight is the night before's
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...[...perDay].filter(([k]) => k.startsWith('alcohol')).map(([, n]) => n))).toBe(2);
    expect(Math.max(...[...perDay].filter(([k]) => k.startsWith('noise')).map(([, n]) => n))).toBe(1);
    expect(limited).toHaveLength(20_000);
    expect(new Set(limited.map((r) => r.type))).toEqual(new Set(OPERATION_TYPES));
  });
});
