// The demo's Tribunal de Faltas: every acta the story produced becomes a case that the desk works through the court's
// own mutations, on business days, as its clerk and its judge. Opened within days and notified (CiDi mostly) with a
// voluntary-payment offer in UEM; about half pay with the discount; the rest file a descargo or let the term run out,
// and get a hearing in their court's rooms during hearing hours — present or in absentia — whose signed resolution is
// mostly a fine (some a warning, an acquittal, training instead of part of it), then paid, paid in instalments,
// appealed or left for enforcement. Whatever falls after `now` has not happened yet: the latest cases stand at every
// step, and the hearings already booked make the coming mornings' agenda.
import { hearingSlotId } from '../court/hearing-slot.ts';
import { holidaysOn } from '../court/calendar-days.ts';
import { uemToCents } from '../court/amounts.ts';
import type { CourtCase } from '../records/court-case-schema.ts';
import type { HearingRecord } from '../records/hearing-schema.ts';
import type { Prng } from '../random/prng.ts';
import type { Measure } from '../court/documents/hearing-record.ts';
import type { SettingEntry } from '../settings/dated.ts';
import { settingOnDay } from '../settings/dated.ts';
import type { OffenceCategory } from '../settings/catalogue.ts';
import { offenceCategory } from '../court/offence-category.ts';
import { Agenda } from './agenda.ts';
import type { DemoClock } from './clock.ts';
import type { DemoWorld } from './world.ts';

const MINUTE = 60_000;
const HEARING_MINUTES = 30;
const FIRST_SLOT = 8 * 60 + 30;
const LAST_SLOT = 13 * 60;
const JUDGES = ['Dr. Ricardo Molina', 'Dra. Silvina Ferreyra', 'Dr. Gustavo Ledesma', 'Dra. Mariela Bustos', 'Dr. Hernán Quiroga'];
/** The fine offered and imposed, in UEM, by offence category (within the ranges the Code sets; Art. 208 for lots). */
const UEM_RANGE: Readonly<Record<OffenceCategory, readonly [number, number]>> = {
  alcohol: [200, 600],
  noise: [100, 300],
  public_event: [300, 1_500],
  street_vending: [50, 150],
  vacant_lot: [50, 200],
  camera: [50, 120],
  other: [100, 300],
};

export interface CourtTeller {
  readonly world: DemoWorld;
  readonly clock: DemoClock;
  readonly rng: Prng;
  readonly settings: readonly SettingEntry[];
  readonly until: number;
}

/** A step of the desk, taken at `at`. */
type Step = (at: number) => void;

/** The offender as the hearing record names them. */
function party(c: CourtCase): { readonly fullName: string; readonly dni?: string } {
  const o = c.record.offender;
  switch (o.kind) {
    case 'person':
      return { fullName: o.fullName, dni: o.dni };
    case 'company':
      return { fullName: o.name };
    case 'vehicle':
      return { fullName: `Titular del dominio ${o.plate}` };
    case 'property':
      return { fullName: `Titular del inmueble ${o.cadastralId}` };
  }
}

export function tellCourt(teller: CourtTeller, caseIds: readonly string[]): void {
  const { world, clock, rng, settings, until } = teller;
  const agenda = new Agenda<Step>();
  const taken = new Set<string>();
  const later = (at: number, step: Step) => {
    if (at <= until) agenda.add(at, step);
  };
  const businessDays = new Map<number, boolean>();
  const isBusinessDay = (day: number) => {
    let business = businessDays.get(day);
    if (business === undefined) {
      const weekday = clock.weekday(day);
      business = weekday !== 0 && weekday !== 6 && !holidaysOn(settings, clock.date(day)).has(clock.date(day));
      businessDays.set(day, business);
    }
    return business;
  };
  /** A desk's time `days` business days after `at`, between `from` and `to` minutes of that morning. */
  const businessDaysAfter = (at: number, days: number, from = 9 * 60, to = 13 * 60) => {
    let day = clock.dayOf(at);
    for (let left = days; left > 0 || !isBusinessDay(day);) {
      day++;
      if (day >= clock.length) return Infinity;
      if (isBusinessDay(day)) left--;
    }
    return Math.max(at + MINUTE, clock.at(day, rng.int(from, to)));
  };
  const read = (id: string) => world.get('court_case', id);
  const category = (c: CourtCase) => offenceCategory(c.origin, c.operationType);
  const uem = (c: CourtCase) => {
    const [min, max] = UEM_RANGE[category(c)];
    return Math.round(rng.int(min, max) / 10) * 10;
  };

  const open = (id: string) => (at: number) => {
    const opened = world.apply<'court_case'>({ kind: 'court_case.open', id }, at, 'court_clerk');
    if (opened?.courtId) later(businessDaysAfter(at, rng.int(2, 10)), notify(id));
  };
  const notify = (id: string) => (at: number) => {
    const c = read(id)!;
    const channel = rng.chance(0.76) ? 'cidi' : rng.chance(0.6) ? 'address' : 'in_person';
    const mutation = { kind: 'court_case.notify', id, channel, notifiedOn: clock.isoOf(at), offerUem: uem(c) } as const;
    const notified = world.apply<'court_case'>(mutation, at, 'court_clerk');
    if (!notified?.notification) return;
    const due = notified.notification.due;
    const dueDay = clock.dayOfDate(due);
    const withinTerm = () => Math.min(businessDaysAfter(at, rng.int(1, 3)), clock.at(dueDay, 12 * 60));
    const r = rng.next();
    if (r < 0.5) later(withinTerm(), pay(id));
    else if (r < 0.64) later(withinTerm(), defence(id));
    else later(businessDaysAfter(clock.end(dueDay), rng.int(1, 4)), expire(id));
  };
  const pay = (id: string) => (at: number) => {
    const receipt = `R-${clock.isoOf(at).slice(0, 4)}-${String(rng.int(1, 999_999)).padStart(6, '0')}`;
    // Paid with the discount: the desk closes the case once the payment is credited.
    const paid = world.apply({ kind: 'court_case.payVoluntarily', id, paidOn: clock.isoOf(at), receipt }, at, 'court_clerk');
    if (paid) later(businessDaysAfter(at, rng.int(3, 15)), settle(id, null, 'closed', 'Pago voluntario acreditado'));
  };
  const defence = (id: string) => (at: number) => {
    const statement = rng.pick([
      'Solicito audiencia para explicar lo ocurrido.',
      'No estoy de acuerdo con lo constatado y pido ser oído.',
      'Pido audiencia: acompaño documentación.',
    ]);
    const filed = world.apply({ kind: 'court_case.fileDefence', id, filedOn: clock.isoOf(at), statement }, at, 'court_clerk');
    if (filed) later(businessDaysAfter(at, rng.int(3, 15)), schedule(id));
  };
  const expire = (id: string) => (at: number) => {
    if (world.apply({ kind: 'court_case.expireTerm', id }, at, 'court_clerk')) later(businessDaysAfter(at, rng.int(3, 15)), schedule(id));
  };
  const schedule = (id: string) => (at: number) => {
    const c = read(id)!;
    const court = settingOnDay(settings, 'court.courts', clock.isoOf(at))?.find((k) => k.id === c.courtId);
    if (!court) return;
    let day = clock.dayOf(businessDaysAfter(at, rng.int(8, 25)));
    for (; day < clock.length; day++) {
      if (!isBusinessDay(day)) continue;
      const slots = court.rooms.flatMap((room) =>
        Array.from({ length: (LAST_SLOT - FIRST_SLOT) / HEARING_MINUTES + 1 }, (_, i) => ({
          room,
          start: clock.at(day, FIRST_SLOT + i * HEARING_MINUTES),
        })),
      );
      const free = slots.filter((s) => !taken.has(`${court.id}~${s.room}~${s.start}`));
      if (!free.length) continue;
      const { room, start } = free[rng.int(0, Math.min(free.length, 4) - 1)]!;
      taken.add(`${court.id}~${room}~${start}`);
      const judge = JUDGES[settingOnDay(settings, 'court.courts', clock.isoOf(at))!.indexOf(court) % JUDGES.length]!;
      const hearingId = hearingSlotId(court.id, room, start);
      const mutation = {
        kind: 'hearing.schedule',
        id: hearingId,
        caseId: id,
        courtId: court.id,
        room,
        judge,
        start,
        end: start + HEARING_MINUTES * MINUTE,
        replaces: null,
        reason: null,
      } as const;
      if (world.apply(mutation, at, 'court_clerk')) later(start + rng.int(15, 28) * MINUTE, hold(id, hearingId));
      return;
    }
  };
  const hold = (id: string, hearingId: string) => (at: number) => {
    const c = read(id)!;
    const present = rng.chance(0.65);
    const who = party(c);
    const dayIso = clock.isoOf(at);
    const uemValueArs = settingOnDay(settings, 'court.uemValueArs', dayIso);
    if (uemValueArs === undefined) return;
    const r = rng.next();
    const fine = (): Measure => {
      const units = uem(c);
      const paymentDeadline = clock.date(Math.min(clock.length - 1, clock.dayOf(at) + 30));
      return {
        kind: 'fine',
        fine: { uem: units, uemValueCents: Math.round(uemValueArs * 100), amountCents: uemToCents(units, uemValueArs) },
        paymentDeadline,
      };
    };
    const measures: Measure[] =
      present && r < 0.08
        ? [{ kind: 'absolution' }]
        : present && r < 0.2
          ? [{ kind: 'warning' }]
          : present && r < 0.3
            ? [
                fine(),
                {
                  kind: 'community_service',
                  mode: 'training',
                  hours: rng.int(4, 12),
                  programme: 'Escuela de Convivencia',
                  deadline: clock.date(Math.min(clock.length - 1, clock.dayOf(at) + 60)),
                },
              ]
            : [fine()];
    const record: HearingRecord = {
      parties: [
        { role: 'offender', fullName: who.fullName, ...(who.dni ? { dni: who.dni } : {}), attendance: present ? 'present' : 'absent' },
      ],
      identity: present
        ? { checked: true, fullName: who.fullName, document: 'dni', number: who.dni ?? 'acreditado por poder' }
        : { checked: false, reason: 'No compareció pese a estar notificado' },
      interpreter: { needed: false },
      statement: present
        ? {
            given: true,
            by: who.fullName,
            text: rng.pick([
              'Reconozco el hecho y pido que se tenga en cuenta que es la primera vez.',
              'Niego lo constatado en el acta.',
              'Reconozco el hecho; ya lo corregí.',
            ]),
          }
        : { given: false, by: who.fullName, reason: 'absent' },
      evidence: [{ kind: 'acta', description: 'Acta de constatación' }],
      resolution: { inAbsentia: !present, measures, legalBasis: [c.record.legalBasis] },
    };
    if (!world.apply({ kind: 'hearing.hold', id: hearingId, record, clerk: 'Carolina Paz' }, at, 'court_clerk')) return;
    later(at + rng.int(10, 40) * MINUTE, sign(id, hearingId, measures));
  };
  const sign = (id: string, hearingId: string, measures: readonly Measure[]) => (at: number) => {
    if (!world.apply({ kind: 'hearing.sign', id: hearingId }, at, 'judge')) return;
    const kinds = measures.map((m) => m.kind);
    if (kinds.includes('absolution') || kinds.includes('warning')) {
      later(businessDaysAfter(at, rng.int(1, 5)), settle(id, hearingId, 'closed', 'Sin sanción pecuniaria'));
    } else if (kinds.includes('community_service')) {
      later(businessDaysAfter(at, rng.int(20, 60)), settle(id, hearingId, 'community_work_done', 'Capacitación cumplida'));
    } else {
      const r = rng.next();
      if (r < 0.62) later(businessDaysAfter(at, rng.int(3, 25)), settle(id, hearingId, 'paid', 'Multa abonada'));
      else if (r < 0.74) later(businessDaysAfter(at, rng.int(3, 15)), settle(id, hearingId, 'payment_plan', 'Plan de pagos en cuotas'));
      else if (r < 0.8) later(businessDaysAfter(at, rng.int(3, 10)), settle(id, hearingId, 'appealed', 'Apelación ante la Cámara'));
      // The rest go unpaid for now: resolved, awaiting enforcement.
    }
  };
  const settle =
    (id: string, hearingId: string | null, how: 'paid' | 'payment_plan' | 'appealed' | 'community_work_done' | 'closed', note: string) =>
    (at: number) => {
      const on = clock.isoOf(at);
      if (!world.apply({ kind: 'court_case.settle', id, hearingId, how, on, note }, at, 'court_clerk')) return;
      if (how === 'payment_plan') later(businessDaysAfter(at, rng.int(60, 150)), settle(id, hearingId, 'paid', 'Plan de pagos cancelado'));
      else if (how !== 'closed') later(businessDaysAfter(at, rng.int(3, 20)), settle(id, hearingId, 'closed', 'Archivo'));
    };

  for (const id of caseIds) {
    const c = read(id);
    if (c?.record.kind === 'acta') later(businessDaysAfter(c.createdAt, rng.int(0, 6)), open(id));
  }
  for (let next = agenda.take(); next; next = agenda.take()) next.item(next.at);
}
