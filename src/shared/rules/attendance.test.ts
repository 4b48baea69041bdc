import { describe, expect, it } from 'vitest';
import { cordobaInstant } from '../time/cordoba.ts';
import { attendancePct, EducationSessionSchema } from './education.ts';
import { ElectionOversightSchema, turnoutPct } from './election.ts';

const heldAt = cordobaInstant(2025, 10, 15, 10);

describe('education session', () => {
  const input = {
    heldAt,
    place: 'IPEM 270',
    audience: 'school',
    topics: ['ruidos molestos'],
    expected: 40,
    attended: 38,
    facilitatorIds: ['P-017'],
  };
  it.each<[string, Record<string, unknown>, string | null]>([
    ['a session', {}, null],
    ['no topic', { topics: [] }, 'required'],
    ['negative attendance', { attended: -1 }, 'out_of_range'],
    ['a date in 3000', { heldAt: Date.UTC(3000, 0, 1) }, 'date_out_of_range'],
  ])('%s', (_name, change, message) => {
    const r = EducationSessionSchema.safeParse({ ...input, ...change });
    expect(r.success ? null : r.error.issues[0]?.message).toBe(message);
  });

  it.each([
    [40, 38, 95],
    [40, 50, 125],
    [0, 12, null],
  ])('expected %i, attended %i → %s %', (expected, attended, pct) => {
    expect(attendancePct({ expected, attended })).toBe(pct);
  });
});

describe('election oversight', () => {
  const input = { heldAt, centreName: 'Centro Vecinal Alta Córdoba', registeredVoters: 1200, votesCast: 417, incidents: [] };
  it.each<[string, Record<string, unknown>, string | null]>([
    ['an election', {}, null],
    ['more votes than voters', { votesCast: 1201 }, 'more_than_total'],
    ['an incident', { incidents: [{ at: heldAt, code: 'late_opening', description: 'abrió 8:40' }] }, null],
    ['an incident without description', { incidents: [{ at: heldAt, code: 'other', description: '' }] }, 'required'],
  ])('%s', (_name, change, message) => {
    const r = ElectionOversightSchema.safeParse({ ...input, ...change });
    expect(r.success ? null : r.error.issues[0]?.message).toBe(message);
  });

  it.each([
    [1200, 417, 34.8],
    [1200, 1200, 100],
    [0, 0, null],
  ])('%i registered, %i voted → %s %', (registeredVoters, votesCast, pct) => {
    expect(turnoutPct({ registeredVoters, votesCast })).toBe(pct);
  });
});
