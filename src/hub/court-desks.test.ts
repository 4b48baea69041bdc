// Two court desks, a real hub, real sockets, each desk's network link cut: both clerks book the same room at the
// same time for two different cases while offline. The hearing's id is its slot, so once the links come back the
// first push to reach the hub wins; the other desk finds a conflict in its inbox ('slot_taken') with its booking
// kept — nothing lost — and the hub's calendar holds one hearing in that slot.
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { CourtCalendar } from '../shared/api/court.ts';
import type { OutboxStatus } from '../shared/api/writes.ts';
import { hearingSlotId } from '../shared/court/hearing-slot.ts';
import type { Mutation } from '../shared/records/mutations.ts';
import { ACTA } from '../shared/records/test-support/court-cases.ts';
import { addDaysIso } from '../shared/settings/iso-date.ts';
import type { Conflict } from '../shared/sync/conflict.ts';
import { cordobaDayRange, cordobaIsoDate } from '../shared/time/cordoba.ts';
import { call, consoleFor, eventually, hubAt, syncStatus } from './test-support/following-console.ts';
import { networkLink } from './test-support/network-link.ts';

const COURT = 'cpc-mercado-de-la-ciudad';
const TODAY = cordobaIsoDate(Date.now());
const CASES = ['0190a8c0-0000-7000-8000-0000000000e1', '0190a8c0-0000-7000-8000-0000000000e2'];

const mutate = (core: ConsoleCore, mutation: Mutation) => call(core, 'records.mutate', { mutation });
const outbox = (core: ConsoleCore) => call<OutboxStatus>(core, 'outbox.status', {});
const stateOf = (core: ConsoleCore, state: string) =>
  eventually(
    () => syncStatus(core),
    (s) => s.state === state,
    20_000,
  );

describe('two court desks offline', () => {
  it('book the same room at the same time: one wins, the other gets a conflict, nothing is lost', async () => {
    const hub = await hubAt(tempDir());
    const [linkA, linkB] = await Promise.all([networkLink(hub.url), networkLink(hub.url)]);
    const deskA = consoleFor(hub, { role: 'court_clerk', url: linkA.url });
    const deskB = consoleFor(hub, { role: 'court_clerk', url: linkB.url });
    await Promise.all([stateOf(deskA, 'live'), stateOf(deskB, 'live')]);
    for (const [i, id] of CASES.entries()) {
      const record = { ...ACTA, offender: { kind: 'person' as const, dni: `3011122${i}`, fullName: `Persona ${i}` } };
      await mutate(deskA, { kind: 'court_case.enter', id, origin: 'desk', record, barrio: 'Centro', promoterName: null });
      await mutate(deskA, { kind: 'court_case.notify', id, channel: 'cidi', notifiedOn: TODAY, offerUem: 100 });
      await mutate(deskA, { kind: 'court_case.fileDefence', id, filedOn: TODAY, statement: 'Pido audiencia.' });
    }
    await eventually(
      () => call<{ detail: unknown }>(deskB, 'court.case', { id: CASES[1] }),
      (r) => r.detail !== null,
    );

    linkA.cut();
    linkB.cut();
    await Promise.all([stateOf(deskA, 'offline'), stateOf(deskB, 'offline')]);
    const start = cordobaDayRange(addDaysIso(TODAY, 14))![0] + 10 * 3_600_000;
    const booking = (caseId: string): Mutation => ({
      kind: 'hearing.schedule',
      id: hearingSlotId(COURT, 'Sala 1', start),
      caseId,
      courtId: COURT,
      room: 'Sala 1',
      judge: 'Dr. Ricardo Molina',
      start,
      end: start + 30 * 60_000,
      replaces: null,
      reason: null,
    });
    await mutate(deskA, booking(CASES[0]!));
    await mutate(deskB, booking(CASES[1]!));

    linkA.restore();
    await eventually(
      () => outbox(deskA),
      (s) => s.pending === 0,
      20_000,
    );
    linkB.restore();
    await eventually(
      () => outbox(deskB),
      (s) => s.conflicts === 1 && s.pending === 0,
      20_000,
    );
    expect(await outbox(deskA)).toEqual({ pending: 0, conflicts: 0 });
    const { conflicts } = await call<{ conflicts: Conflict[] }>(deskB, 'conflicts.list', {});
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      entity: 'hearing',
      reason: 'slot_taken',
      mutations: [{ kind: 'hearing.schedule', caseId: CASES[1] }], // the losing booking, kept to rebook
      theirs: { caseId: CASES[0], status: 'scheduled' },
    });
    // Both desks' calendars now show the hub's hearing in that slot — the winner's.
    for (const desk of [deskA, deskB]) {
      const calendar = await eventually(
        () => call<CourtCalendar>(desk, 'court.calendar', { courtId: COURT, from: addDaysIso(TODAY, 14), days: 1 }),
        (c) => c.hearings.length === 1 && c.hearings[0]!.caseId === CASES[0],
      );
      expect(calendar.hearings.map((h) => h.caseId)).toEqual([CASES[0]]);
    }
  }, 60_000);
});
