// The court desk's reads through the real core and a real cache file (no hub: the console's own writes): a case
// entered at the desk stands where its steps put it with its term and offer, the calendar shows a hearing with its
// conflicts explained, the acta de audiencia comes out as a PDF whose text is the case's, and a draft survives a
// restart. (Other roles are refused: src/hub/checkpoint-to-court.test.ts, with a hub's accounts.)
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CourtCalendar, CourtCasesResult, CourtDocumentResult } from '../../shared/api/court.ts';
import { hearingSlotId } from '../../shared/court/hearing-slot.ts';
import type { HearingRecord } from '../../shared/records/hearing-schema.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import { ACTA } from '../../shared/records/test-support/court-cases.ts';
import { addDaysIso } from '../../shared/settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { pdfPages } from '../pdf/test-support/poppler.ts';

const CASE = '0190a8c0-0000-7000-8000-0000000000d1';
const OTHER = '0190a8c0-0000-7000-8000-0000000000d2';
const COURT = 'cpc-mercado-de-la-ciudad';
const JUDGE = 'Dra. María Laura Ferreyra';
const TODAY = cordobaIsoDate(Date.now());
const MORNING = cordobaDayRange(TODAY)![0] + (8 * 60 + 30) * 60_000; // 08:30 today
const AN_HOUR_AGO = Math.floor((Date.now() - 3_600_000) / 60_000) * 60_000;

const start = (dataDir: string) => createConsoleCore({ dataDir, host: 'browser', version: 'test', demo: false, hub: null, log: () => {} });

async function call<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
const mutate = (core: ConsoleCore, mutation: Mutation) => call(core, 'records.mutate', { mutation });

/** A case entered at the desk, notified today, with a descargo: waiting for its hearing. */
async function waitingCase(core: ConsoleCore, id: string, dni: string): Promise<void> {
  const record = { ...ACTA, offender: { kind: 'person' as const, dni, fullName: `Persona ${dni}` }, occurredAt: Date.now() - 86_400_000 };
  await mutate(core, { kind: 'court_case.enter', id, origin: 'desk', record, barrio: 'Nueva Córdoba', promoterName: 'Ana López' });
  await mutate(core, { kind: 'court_case.notify', id, channel: 'cidi', notifiedOn: TODAY, offerUem: 200 });
}

const schedule = (core: ConsoleCore, caseId: string, room: string, at: number) =>
  mutate(core, {
    kind: 'hearing.schedule',
    id: hearingSlotId(COURT, room, at),
    caseId,
    courtId: COURT,
    room,
    judge: JUDGE,
    start: at,
    end: at + 30 * 60_000,
    replaces: null,
    reason: null,
  });

const RECORD: HearingRecord = {
  parties: [{ role: 'offender', fullName: 'Persona 30111222', dni: '30111222', attendance: 'present' }],
  identity: { checked: true, fullName: 'Persona 30111222', document: 'dni', number: '30111222' },
  interpreter: { needed: false },
  statement: { given: true, by: 'Persona 30111222', text: 'Reconozco que había tomado dos cervezas.' },
  evidence: [{ kind: 'acta', description: 'Acta de constatación con las dos lecturas del alcoholímetro' }],
  resolution: {
    inAbsentia: false,
    measures: [{ kind: 'fine', fine: { uem: 200, uemValueCents: 1, amountCents: 200 }, paymentDeadline: addDaysIso(TODAY, 20) }],
    legalBasis: [{ norm: 'ord_10216', article: 1 }],
  },
};

describe('the court desk’s reads', () => {
  it('shows a case where it stands, with its term and the offer while it applies', async () => {
    const core = start(tempDir());
    await waitingCase(core, CASE, '30111222');
    let { cases } = await call<CourtCasesResult>(core, 'court.cases', {});
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ status: 'notified', term: { state: 'open' }, offer: { offered: true }, unsynced: 'pending' });
    expect(cases[0]!.case.number).toMatch(/^TF-\d{4}-P-/); // provisional until a hub numbers it

    await mutate(core, { kind: 'court_case.fileDefence', id: CASE, filedOn: TODAY, statement: 'No conducía yo.' });
    ({ cases } = await call<CourtCasesResult>(core, 'court.cases', {}));
    expect(cases[0]).toMatchObject({ status: 'defence_filed', offer: { offered: false, reason: 'defence_filed' } });
    core.close();
  });

  it('puts a hearing in its court’s calendar with its conflicts, and in the case', async () => {
    const core = start(tempDir());
    for (const [id, dni] of [
      [CASE, '30111222'],
      [OTHER, '28999111'],
    ] as const) {
      await waitingCase(core, id, dni);
      await mutate(core, { kind: 'court_case.fileDefence', id, filedOn: TODAY, statement: 'Descargo.' });
    }
    await schedule(core, CASE, 'Sala 1', MORNING);
    await schedule(core, OTHER, 'Sala 2', MORNING + 15 * 60_000); // the same judge, overlapping
    const calendar = await call<CourtCalendar>(core, 'court.calendar', { courtId: COURT, from: TODAY, days: 1 });
    expect(calendar.days[0]).toMatchObject({ date: TODAY, hours: { start: '08:30', end: '13:30' } });
    expect(calendar.hearings.map((h) => h.caseId)).toEqual([CASE, OTHER]);
    expect(calendar.judges).toEqual([JUDGE]);
    expect(calendar.conflicts).toContainEqual({
      code: 'judge_double_booked',
      hearingId: calendar.hearings[0]!.id,
      otherId: calendar.hearings[1]!.id,
    });
    expect(calendar.conflicts.filter((c) => c.code === 'before_term_end')).toHaveLength(2); // both terms run on
    const other = await call<CourtCalendar>(core, 'court.calendar', { courtId: 'ambiental-1', from: TODAY, days: 7 });
    expect(other.hearings).toEqual([]);

    const { detail } = await call<{ detail: CaseDetail }>(core, 'court.case', { id: CASE });
    expect(detail).toMatchObject({ status: 'hearing_scheduled', hearings: [{ caseId: CASE, status: 'scheduled' }], history: [] });
    expect(await call(core, 'court.case', { id: '0190a8c0-0000-7000-8000-0000000000ff' })).toEqual({ detail: null });
    const slot = calendar.hearings[0]!.id;
    expect(await call(core, 'court.hearing', { id: slot })).toEqual({ hearing: calendar.hearings[0] });
    expect(await call(core, 'court.hearing', { id: hearingSlotId(COURT, 'Sala 9', MORNING) })).toEqual({ hearing: null });
    expect(await core.dispatch('court.hearing', { id: '../etc' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    core.close();
  });

  it('prints the acta de audiencia of a signed hearing, and refuses a citation to a hearing already past', async () => {
    const dir = tempDir();
    const core = start(dir);
    await waitingCase(core, CASE, '30111222');
    await mutate(core, { kind: 'court_case.fileDefence', id: CASE, filedOn: TODAY, statement: 'No conducía yo.' });
    const slot = hearingSlotId(COURT, 'Sala 1', AN_HOUR_AGO);
    await schedule(core, CASE, 'Sala 1', AN_HOUR_AGO);
    await mutate(core, { kind: 'hearing.hold', id: slot, record: RECORD, clerk: 'Carolina Paz' });
    await mutate(core, { kind: 'hearing.sign', id: slot });

    const document = await call<CourtDocumentResult>(core, 'court.document', { document: 'hearing_record', hearingId: slot });
    expect(path.dirname(document.path)).toBe(path.join(dir, 'exports'));
    expect(document.fileName).toMatch(/^acta-de-audiencia-TF-\d{4}-P-.+\.pdf$/);
    expect(core.takeExport(document.download)).toEqual({ path: document.path, fileName: document.fileName });
    const text = pdfPages(document.path).join('\n');
    expect(text).toContain('ACTA DE AUDIENCIA');
    expect(text).toContain('Persona 30111222');
    expect(text).toContain(JUDGE);
    expect(text).toMatch(/Carolina Paz\s+.*Secretario\/a/s); // the clerk who recorded it, whoever prints it
    expect(text).toMatch(/200 UEM/);
    expect(text).toContain('BORRADOR'); // signed here, but the case's number is still provisional

    const past = await core.dispatch('court.document', { document: 'citation', hearingId: slot });
    expect(past).toEqual({ ok: false, error: { code: 'refused', issues: [{ path: '', code: 'hearing_past' }] } });
    core.close();
  });

  it('keeps the hearing record’s draft across a restart until it is discarded', async () => {
    const dir = tempDir();
    const hearingId = hearingSlotId(COURT, 'Sala 1', MORNING);
    let core = start(dir);
    const draft = { statement: 'Lo que dijo hasta ahora…', parties: [{ fullName: 'Juan' }] };
    const saved = await call<{ savedAt: number }>(core, 'court.draft.save', { hearingId, draft });
    core.close();
    core = start(dir);
    expect(await call(core, 'court.draft.get', { hearingId })).toEqual({ draft, savedAt: saved.savedAt });
    expect(await call(core, 'court.draft.discard', { hearingId })).toEqual({ discarded: true });
    expect(await call(core, 'court.draft.get', { hearingId })).toEqual({ draft: null, savedAt: null });
    const huge = await core.dispatch('court.draft.save', { hearingId, draft: { text: 'x'.repeat(250_000) } });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(core, 'court.draft.get', { hearingId })).toEqual({ draft: null, savedAt: null });
    core.close();
  });
});
