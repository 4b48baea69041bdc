// Runs in: Node. The court desk's demo morning: cases at every step of the procedure and a morning of hearings in
// the Mercado de la Ciudad's court — on the first business day from `now` (today on a weekday) —, one resolved the
// business day before. Each step goes through the hub's own write path as the demo clerk or judge, so the cases
// carry their audit chains like any other, and consoles take them from the change log.
import { hearingSlotId } from '../../shared/court/hearing-slot.ts';
import { addBusinessDays, isBusinessDay } from '../../shared/court/business-days.ts';
import { holidaysOn } from '../../shared/court/calendar-days.ts';
import type { HearingRecord } from '../../shared/records/hearing-schema.ts';
import type { Mutation } from '../../shared/records/mutations.ts';
import type { ActaRecord, Offender } from '../../shared/rules/findings.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { addDaysIso, type IsoDate } from '../../shared/settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { applyPush } from '../mutations/apply-push.ts';
import type { HubStore } from '../store/hub-store.ts';

const COURT = 'cpc-mercado-de-la-ciudad';
const JUDGE = 'Dr. Ricardo Molina';
const CLERK = { role: 'court_clerk', username: 'mesa' } as const;
const JUDGE_ACCOUNT = { role: 'judge', username: 'juez' } as const;
/** The demo's own console id: its pushes are a console's like any other. */
export const DEMO_COURT_CLIENT = '0190a8c0-0000-7000-8000-00000000dc00';
const ALCOHOL = { norm: 'ord_10216', article: 1 } as const;
const NOISE = { norm: 'ord_12208', article: 5 } as const;

const caseId = (n: number) => `0190a8c0-0000-7000-8000-0000000dc${String(n).padStart(3, '0')}`;
const person = (fullName: string, dni: string): Offender => ({ kind: 'person', fullName, dni });

interface DemoCase {
  readonly offender: Offender;
  readonly legalBasis: ActaRecord['legalBasis'];
  readonly barrio: string;
  readonly address: string;
  readonly description: string;
}

const CASES: readonly DemoCase[] = [
  {
    offender: person('Julián Ferreyra', '33412908'),
    legalBasis: ALCOHOL,
    barrio: 'Nueva Córdoba',
    address: 'Bv. Chacabuco 500',
    description: 'Control de alcoholemia: 0,92 g/L en la segunda medición.',
  },
  {
    offender: person('Micaela Roldán', '35188202'),
    legalBasis: NOISE,
    barrio: 'Centro',
    address: 'Ituzaingó 310',
    description: 'Música a alto volumen desde un local: 78 dB(A) medidos desde la vereda de enfrente.',
  },
  {
    offender: person('Sergio Bustos', '27655430'),
    legalBasis: ALCOHOL,
    barrio: 'General Paz',
    address: 'Av. 24 de Septiembre 1100',
    description: 'Control de alcoholemia: 0,61 g/L en la segunda medición.',
  },
  {
    offender: person('Lucía Carranza', '38021447'),
    legalBasis: ALCOHOL,
    barrio: 'Nueva Córdoba',
    address: 'Av. Hipólito Yrigoyen 200',
    description: 'Control de alcoholemia: 1,10 g/L; se negó a firmar el acta.',
  },
  {
    offender: person('Daniel Heredia', '30999871'),
    legalBasis: NOISE,
    barrio: 'Centro',
    address: 'Bv. San Juan 450',
    description: 'Fiesta en un departamento con música después de las 2: 71 dB(A) en el dormitorio del vecino.',
  },
  {
    offender: person('Romina Acosta', '36540112'),
    legalBasis: ALCOHOL,
    barrio: 'General Paz',
    address: 'Av. Patria 800',
    description: 'Control de alcoholemia: 0,74 g/L en la segunda medición.',
  },
  {
    offender: person('Pablo Quinteros', '29310556'),
    legalBasis: ALCOHOL,
    barrio: 'Nueva Córdoba',
    address: 'Obispo Trejo 900',
    description: 'Control de alcoholemia: 0,85 g/L en la segunda medición.',
  },
  {
    offender: person('Valeria Oviedo', '34777001'),
    legalBasis: NOISE,
    barrio: 'Centro',
    address: 'Deán Funes 700',
    description: 'Equipo de sonido en la vereda de un comercio: 80 dB(A).',
  },
];

function record(c: DemoCase, occurredAt: number): ActaRecord {
  const [lat, lng] = [-31.42 - (occurredAt % 7) / 1000, -64.18 - (occurredAt % 5) / 1000];
  return {
    kind: 'acta',
    offender: c.offender,
    legalBasis: c.legalBasis,
    place: { address: c.address, lat, lng },
    occurredAt,
    description: c.description,
    evidence: [{ kind: 'photo', ref: `foto-${occurredAt % 10_000}.jpg` }],
    promoterId: 'prom-007',
  };
}

/** What the demo hearing that was held and signed recorded. */
function heldRecord(c: DemoCase, paymentDeadline: IsoDate): HearingRecord {
  const offender = c.offender as Extract<Offender, { kind: 'person' }>;
  return {
    parties: [{ role: 'offender', fullName: offender.fullName, dni: offender.dni, attendance: 'present' }],
    identity: { checked: true, fullName: offender.fullName, document: 'dni', number: offender.dni },
    interpreter: { needed: false },
    statement: {
      given: true,
      by: offender.fullName,
      text: 'Reconozco el hecho. Había tomado una cerveza con la cena y no pensé que daría positivo.',
    },
    evidence: [{ kind: 'acta', description: 'Acta de constatación con las dos mediciones del alcoholímetro' }],
    resolution: {
      inAbsentia: false,
      measures: [{ kind: 'fine', fine: { uem: 150, uemValueCents: 1, amountCents: 150 }, paymentDeadline }],
      legalBasis: [{ norm: ALCOHOL.norm, article: ALCOHOL.article }],
    },
  };
}

type Step = readonly [who: typeof CLERK | typeof JUDGE_ACCOUNT, at: number, mutation: Mutation];

/** Every step of the demo, in the order it happened. */
function demoSteps(now: number): Step[] {
  const today = cordobaIsoDate(now);
  const holidays = holidaysOn(DEFAULT_SETTINGS, today);
  const hearingDay = isBusinessDay(today, holidays) ? today : addBusinessDays(today, 1, holidays);
  let dayBefore = addDaysIso(hearingDay, -1); // the business day before the hearings' day
  while (!isBusinessDay(dayBefore, holidays)) dayBefore = addDaysIso(dayBefore, -1);
  const at = (day: IsoDate, hh: number, mm = 0) => cordobaDayRange(day)![0] + (hh * 60 + mm) * 60_000;
  const daysAgo = (n: number) => addDaysIso(today, -n);
  const enter = (n: number, day: IsoDate): Step => {
    const c = CASES[n]!;
    const acta = record(c, at(addDaysIso(day, -3), 1, 30));
    return [
      CLERK,
      at(day, 9),
      { kind: 'court_case.enter', id: caseId(n), origin: 'desk', record: acta, barrio: c.barrio, promoterName: 'Ana López' },
    ];
  };
  const notify = (n: number, day: IsoDate): Step => [
    CLERK,
    at(day, 10),
    { kind: 'court_case.notify', id: caseId(n), channel: 'cidi', notifiedOn: day, offerUem: 150 },
  ];
  const defence = (n: number, day: IsoDate): Step => [
    CLERK,
    at(day, 11),
    { kind: 'court_case.fileDefence', id: caseId(n), filedOn: day, statement: 'Solicito audiencia para explicar lo ocurrido.' },
  ];
  const schedule = (n: number, room: string, start: number, now_: number): Step => [
    CLERK,
    now_,
    {
      kind: 'hearing.schedule',
      id: hearingSlotId(COURT, room, start),
      caseId: caseId(n),
      courtId: COURT,
      room,
      judge: JUDGE,
      start,
      end: start + 30 * 60_000,
      replaces: null,
      reason: null,
    },
  ];
  const signedSlot = hearingSlotId(COURT, 'Sala 1', at(dayBefore, 9));
  const steps: Step[] = [
    enter(0, daysAgo(2)), // opened, to notify
    enter(1, daysAgo(6)),
    notify(1, daysAgo(3)), // notified: the term and the discount run
    enter(2, daysAgo(40)),
    notify(2, daysAgo(35)),
    [CLERK, at(daysAgo(5), 9), { kind: 'court_case.expireTerm', id: caseId(2) }],
    enter(3, daysAgo(30)),
    notify(3, daysAgo(25)),
    defence(3, daysAgo(22)),
    enter(4, daysAgo(32)),
    notify(4, daysAgo(28)),
    defence(4, daysAgo(26)),
    enter(5, daysAgo(45)),
    notify(5, daysAgo(40)),
    [CLERK, at(daysAgo(10), 9), { kind: 'court_case.expireTerm', id: caseId(5) }],
    enter(6, daysAgo(50)),
    notify(6, daysAgo(45)),
    defence(6, daysAgo(40)),
    schedule(2, 'Sala 1', at(hearingDay, 9), at(daysAgo(4), 12)),
    schedule(3, 'Sala 1', at(hearingDay, 9, 30), at(daysAgo(4), 12)),
    schedule(4, 'Sala 2', at(hearingDay, 10), at(daysAgo(4), 12)),
    schedule(5, 'Sala 1', at(addBusinessDays(hearingDay, 1, holidays), 9), at(daysAgo(4), 12)),
    schedule(6, 'Sala 1', at(dayBefore, 9), at(daysAgo(30), 12)),
    [
      CLERK,
      at(dayBefore, 9, 40),
      { kind: 'hearing.hold', id: signedSlot, record: heldRecord(CASES[6]!, addDaysIso(dayBefore, 30)), clerk: 'Carolina Paz' },
    ],
    [JUDGE_ACCOUNT, at(dayBefore, 9, 50), { kind: 'hearing.sign', id: signedSlot }],
    enter(7, daysAgo(12)),
    notify(7, daysAgo(10)),
    [CLERK, at(daysAgo(8), 10), { kind: 'court_case.payVoluntarily', id: caseId(7), paidOn: daysAgo(8), receipt: 'R-2026-004512' }],
  ];
  return steps.filter(([, when]) => when <= now);
}

/** Seeds the demo court into a hub without cases; returns how many steps were accepted. */
export function seedDemoCourt(store: HubStore, now: number): number {
  if (store.records.count('court_case') > 0) return 0;
  const versions = new Map<string, number>();
  let accepted = 0;
  demoSteps(now).forEach(([who, at, mutation], i) => {
    const id = mutation.id;
    const envelope = { clientSeq: i + 1, mutationId: crypto.randomUUID(), baseVersion: versions.get(id) ?? 0, madeAt: at, mutation };
    const [result] = applyPush(store, who, { clientId: DEMO_COURT_CLIENT, mutations: [envelope] }, at).results;
    if (!result?.ok) return;
    versions.set(id, result.record.version);
    if (mutation.kind === 'hearing.schedule') versions.set(mutation.caseId, versions.get(mutation.caseId) ?? 0);
    accepted++;
  });
  return accepted;
}
