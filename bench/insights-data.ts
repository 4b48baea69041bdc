// The Indicadores bench's data set: the grid's deterministic demo operations (1,000,000 over three years), each closed
// one with details as a promoter would close it — an alcohol checkpoint's tests, a noise reading, a camera clip's
// decision, an education session's attendance — and its findings against people, businesses, properties and
// vehicles drawn from pools (so that some come back: warnings followed by actas, repeat offenders); then the records
// the findings lead to: a notice's follow-up for each notice (notified, most re-inspected), a court case for each
// acta, and three years of complaints. Shares follow the program's published figures loosely (2021: 75 % of
// vacant-lot notices repaired, 83 % of those by the owners). Made once and kept under bench/.data/insights.
import type { Cache } from '../src/core/cache/cache.ts';
import { generateOperations } from '../src/shared/demo/generate-operations.ts';
import { BARRIOS } from '../src/shared/geo/barrios.ts';
import { uuidv7 } from '../src/shared/ids/uuidv7.ts';
import type { NumberedFinding, OperationDetails } from '../src/shared/operations/details.ts';
import type { Operation } from '../src/shared/operations/types.ts';
import { createPrng, type Prng } from '../src/shared/random/prng.ts';
import { cuitCheckDigitOk } from '../src/shared/rules/fields.ts';
import type { Offender } from '../src/shared/rules/findings.ts';
import { addDaysIso } from '../src/shared/settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../src/shared/time/cordoba.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BATCH = 10_000;

const fixedOffsetDay = (at: number) => new Date(at - 3 * HOUR).toISOString().slice(0, 10);

/** Identities findings are against: a driver or vendor is rarely met twice, a venue or a lot often. */
class Pools {
  private readonly cuits: string[] = [];
  constructor(private readonly rng: Prng) {
    for (let base = 30_700_000_000; this.cuits.length < 5_000; base += 7) {
      for (let check = 0; check <= 9; check++) {
        const cuit = String(Math.floor(base / 10) * 10 + check);
        if (cuitCheckDigitOk(cuit)) {
          this.cuits.push(cuit);
          break;
        }
      }
    }
  }
  person(): Offender {
    const dni = String(20_000_000 + this.rng.int(0, 3_000_000));
    return { kind: 'person', dni, fullName: `Persona ${dni}` };
  }
  company(): Offender {
    return { kind: 'company', cuit: this.rng.pick(this.cuits), name: 'Local bailable SRL' };
  }
  property(): Offender {
    const lot = this.rng.int(0, 200_000);
    return {
      kind: 'property',
      cadastralId: `04-${String(lot % 97).padStart(2, '0')}-${String(lot).padStart(5, '0')}`,
      address: `Lote ${lot}`,
    };
  }
  vehicle(): Offender {
    const n = this.rng.int(0, 150_000);
    const letters = (k: number) => String.fromCharCode(65 + (k % 26), 65 + (Math.floor(k / 26) % 26));
    return { kind: 'vehicle', plate: `${letters(n)}${String(n % 1000).padStart(3, '0')}${letters(n >> 3)}` };
  }
}

function closeOperation(op: Operation, rng: Prng, pools: Pools): OperationDetails {
  const at = op.plannedStart + 30 * MINUTE;
  const day = cordobaIsoDate(at);
  const findings: NumberedFinding[] = [];
  const record = (offender: Offender, occurredAt: number) => ({
    offender,
    legalBasis: { norm: 'ord_12468' as const, article: 92 },
    place: { address: op.address, lat: op.lat, lng: op.lng },
    occurredAt,
    description: 'Constatado en el operativo.',
    evidence: [],
    promoterId: 'p-001',
    operationId: op.id,
  });
  const add = (outcome: 'warning' | 'notice' | 'acta' | 'guidance' | 'no_finding', offender: Offender | null, occurredAt = at) => {
    const id = uuidv7(occurredAt, rng.fill);
    if (outcome === 'acta') findings.push({ id, finding: { outcome, record: { kind: 'acta', ...record(offender!, occurredAt) } } });
    else if (outcome === 'notice')
      findings.push({
        id,
        finding: { outcome, record: { kind: 'notice', ...record(offender!, occurredAt), deadline: occurredAt + 4 * DAY } },
      });
    else if (outcome === 'warning') findings.push({ id, finding: { outcome, offender: offender! } });
    else findings.push({ id, finding: { outcome } });
  };
  let result: unknown;
  switch (op.type) {
    case 'alcohol_test': {
      const tests = Array.from({ length: rng.int(15, 35) }, (_, i) => {
        const testedAt = op.plannedStart + i * 8 * MINUTE;
        const positive = rng.chance(0.04);
        const first = positive ? 0.45 + Math.round(rng.next() * 120) / 100 : Math.round(rng.next() * 30) / 100;
        const jurisdiction = rng.pick(['city', 'city', 'city', 'city', 'provincial_road', 'ring_road'] as const);
        if (positive) add('acta', pools.person(), testedAt + 11 * MINUTE);
        return {
          testedAt,
          jurisdiction,
          driverDni: '30111222',
          licenceNumber: 'L-1',
          plate: 'AB123CD',
          deviceSerial: 'D-1',
          deviceVerifiedOn: addDaysIso(day, -(rng.chance(0.02) ? 400 : rng.int(10, 300))),
          firstReadingGL: first,
          retest: positive && rng.chance(0.95) ? { at: testedAt + 11 * MINUTE, readingGL: first - 0.05 } : null,
          actions: positive ? ['acta'] : [],
        };
      });
      result = { tests, selfTests: rng.int(0, 40) };
      break;
    }
    case 'noise_check': {
      const kind = rng.pick([
        'ambient',
        'ambient',
        'ambient',
        'ambient',
        'ambient',
        'ambient',
        'ambient',
        'venue',
        'venue',
        'construction_site',
      ] as const);
      const backgroundDb = 40 + rng.int(0, 200) / 10;
      const over = rng.chance(0.35);
      const source =
        kind === 'ambient'
          ? {
              kind,
              zone: rng.pick(['residential', 'mixed', 'mixed', 'hospital'] as const),
              backgroundDb,
              measuredDb: backgroundDb + (over ? 9 : 2) + rng.int(0, 60) / 10,
            }
          : kind === 'venue'
            ? { kind, peakDb: over ? 97 + rng.int(0, 80) / 10 : 85 + rng.int(0, 90) / 10 }
            : { kind, measuredDb: over ? 82 + rng.int(0, 60) / 10 : 70 + rng.int(0, 90) / 10 };
      result = { meterId: 'M-1', meterCalibratedOn: addDaysIso(day, -rng.int(10, 300)), measuredAt: at, source, actions: [] };
      if (over) add(rng.chance(0.6) ? 'warning' : 'acta', pools.company());
      else add('no_finding', null);
      break;
    }
    case 'street_vending':
      result = { observedAt: at };
      for (let i = rng.int(1, 2); i > 0; i--) add(rng.pick(['warning', 'warning', 'acta', 'guidance'] as const), pools.person());
      break;
    case 'vacant_lot':
      result = { inspectedAt: at };
      if (rng.chance(0.65)) add('notice', pools.property());
      else add('no_finding', null);
      break;
    case 'public_event':
      result = { observedAt: at, countedAttendance: rng.int(50, 900) };
      if (rng.chance(0.45)) add(rng.chance(0.65) ? 'warning' : 'acta', pools.company());
      break;
    case 'camera_review': {
      const decision = rng.pick(['discard', 'discard', 'warning', 'warning', 'acta'] as const);
      const vehicle = pools.vehicle();
      result = {
        clipRef: 'clip',
        cameraId: 'cam-1',
        recordedAt: at - HOUR,
        reviewedAt: at,
        infraction: 'no_parking',
        plate: (vehicle as { plate: string }).plate,
        decision,
      };
      if (decision !== 'discard') add(decision, vehicle);
      break;
    }
    case 'education_session':
      result = { heldAt: at, attended: rng.int(10, 60), expected: 50 };
      break;
    case 'election_oversight':
      result = { heldAt: at, incidents: [] };
      break;
  }
  return { result, findings };
}

/** The demo operations with details on every closed one. */
export function* operationsWithDetails(count: number, until: number): Generator<Operation> {
  const rng = createPrng(2026);
  const pools = new Pools(rng);
  for (const op of generateOperations({ seed: 1, count, until })) {
    yield op.status === 'closed' ? { ...op, details: closeOperation(op, rng, pools) } : op;
  }
}

const offenderOf = (identity: string): Offender => {
  const [kind, key] = identity.split(':') as [string, string];
  if (kind === 'cad') return { kind: 'property', cadastralId: key, address: `Lote ${key}` };
  if (kind === 'cuit') return { kind: 'company', cuit: key, name: 'Local bailable SRL' };
  if (kind === 'plate') return { kind: 'vehicle', plate: key };
  return { kind: 'person', dni: key, fullName: `Persona ${key}` };
};

interface Sanction {
  id: string;
  source_id: string;
  at: number;
  barrio: string;
  operation_type: string | null;
  category: string;
  identity: string;
}

const place = { address: 'Av. Colón 100', lat: -31.41, lng: -64.19 };
const recordOf = (kind: 'acta' | 'notice', s: Sanction) => ({
  kind,
  offender: offenderOf(s.identity),
  legalBasis: { norm: 'ord_12468', article: 92 },
  place,
  occurredAt: s.at,
  description: 'Constatado en el operativo.',
  evidence: [],
  promoterId: 'p-001',
  ...(kind === 'notice' ? { deadline: s.at + 4 * DAY } : {}),
});

function noticeOf(s: Sanction, rng: Prng, until: number): { notice: object; acta: Sanction | null } {
  const notifiedAt = s.at + rng.int(2, 30) * HOUR;
  const lastDay = addDaysIso(cordobaIsoDate(notifiedAt), 3);
  const dueBy = cordobaDayRange(addDaysIso(lastDay, 1))![0];
  const reinspected = dueBy + rng.int(1, 72) * HOUR;
  const outcome = rng.chance(0.62) ? 'complied_by_owner' : rng.chance(0.35) ? 'complied_by_city' : 'not_complied';
  const decided = reinspected < until;
  const actaId = decided && outcome !== 'complied_by_owner' ? uuidv7(reinspected, rng.fill) : null;
  const notice = {
    id: s.id,
    origin: 'operation',
    sourceId: s.source_id,
    operationType: s.operation_type,
    category: s.category,
    barrio: s.barrio,
    record: recordOf('notice', s),
    surfaceM2: 300,
    createdAt: s.at,
    notification:
      notifiedAt < until ? { channel: rng.pick(['cidi', 'in_person', 'address']), notifiedAt, lastDay, dueBy, by: 'coordinacion' } : null,
    variant: null,
    reinspectionId: null,
    result: decided && notifiedAt < until ? { outcome, at: reinspected, by: 'coordinacion', comment: null, actaId } : null,
    version: 3,
  };
  return { notice, acta: actaId ? { ...s, id: actaId, at: reinspected } : null };
}

function caseOf(s: Sanction, rng: Prng, until: number): object {
  const timeline: { at: number; status: string; by: string }[] = [];
  let at = s.at;
  const step = (days: number, status: string) => {
    at += days * DAY + rng.int(0, 8) * HOUR;
    if (at < until) timeline.push({ at, status, by: 'tribunal' });
    return at < until;
  };
  timeline.push({ at, status: 'incoming', by: 'hub' });
  let notifiedOn: string | null = null;
  let paidOn: string | null = null;
  if (step(rng.int(1, 4), 'opened') && step(rng.int(3, 20), 'notified')) {
    notifiedOn = fixedOffsetDay(at);
    if (rng.chance(0.38)) {
      if (step(rng.int(1, 9), 'paid_voluntarily')) paidOn = fixedOffsetDay(at);
      step(1, 'closed');
    } else {
      const defended = rng.chance(0.3);
      if (step(defended ? rng.int(1, 9) : 11, defended ? 'defence_filed' : 'term_expired') && step(rng.int(10, 40), 'hearing_scheduled')) {
        if (step(rng.int(5, 30), 'hearing_held') && step(rng.int(1, 15), 'resolved') && step(rng.int(5, 60), 'paid')) step(1, 'closed');
      }
    }
  }
  const last = timeline[timeline.length - 1]!;
  return {
    id: s.id,
    origin: 'operation',
    operationId: s.source_id,
    operationType: s.operation_type,
    record: recordOf('acta', s),
    promoterName: 'Promotora',
    barrio: s.barrio,
    status: last.status,
    number: null,
    courtId: null,
    competence: null,
    courtHistory: [],
    notification: notifiedOn
      ? { channel: 'cidi', notifiedOn, due: addDaysIso(notifiedOn, 10), offerUem: 100, uemValueArs: 1000, discountPct: 50 }
      : null,
    defence: null,
    voluntaryPayment: paidOn ? { paidOn, amountCents: 5_000_000, receipt: 'R-1' } : null,
    settlement: null,
    timeline,
    createdAt: s.at,
    version: timeline.length,
  };
}

const CHANNELS = ['line_103', 'line_103', 'line_103', 'help_line', 'whatsapp', 'whatsapp', 'citizens_app', 'camera', 'patrol'] as const;

function incidentOf(openedAt: number, rng: Prng, pools: Pools): object {
  const barrio = rng.pick(BARRIOS);
  const complaints = Array.from({ length: rng.chance(0.25) ? 2 : 1 }, (_, i) => {
    const channel = rng.pick(CHANNELS);
    return {
      id: uuidv7(openedAt + i * MINUTE, rng.fill),
      channel,
      receivedAt: openedAt + i * 7 * MINUTE,
      description: 'Ruidos molestos',
      reporter: null,
      appReference: null,
      photos: [],
      camera: channel === 'camera' ? { cameraId: 'cam-1', clipRef: 'clip' } : null,
    };
  });
  const arrivedAt = rng.chance(0.85) ? openedAt + rng.int(4, 70) * MINUTE : null;
  const closedAt = openedAt + 2 * HOUR;
  const outcome = rng.pick(['resolved_on_site', 'resolved_on_site', 'warning', 'acta', 'no_finding'] as const);
  const offender = pools.person();
  const finding =
    outcome === 'warning'
      ? { id: uuidv7(closedAt, rng.fill), finding: { outcome, offender } }
      : outcome === 'acta'
        ? {
            id: uuidv7(closedAt, rng.fill),
            finding: {
              outcome,
              record: recordOf('acta', { at: closedAt, identity: `dni:${(offender as { dni: string }).dni}` } as Sanction),
            },
          }
        : null;
  return {
    id: uuidv7(openedAt, rng.fill),
    category: 'noise',
    computedPriority: 2,
    priorityOverride: null,
    place: { barrio: barrio.name, address: null, lat: barrio.lat, lng: barrio.lng, precision: 'barrio' },
    description: 'Ruidos molestos',
    complaints,
    status: 'closed',
    units: [],
    openedAt,
    assignedAt: arrivedAt ? openedAt + 2 * MINUTE : null,
    arrivedAt,
    closedAt,
    checkInDueAt: null,
    outcome,
    finding,
    statusNote: null,
    steps: [],
    version: 5,
  };
}

function putInBatches(cache: Cache, entity: 'notice' | 'court_case' | 'incident', records: Iterable<object>): number {
  let n = 0;
  let batch: object[] = [];
  const flush = () => cache.db.transaction(() => batch.forEach((r) => cache.records.put(entity, r as never)))();
  for (const r of records) {
    batch.push(r);
    n++;
    if (batch.length === BATCH) {
      flush();
      batch = [];
    }
  }
  flush();
  return n;
}

/** The records the operations' findings lead to, and three years of complaints, written through the records store. */
export function addFollowUpRecords(
  cache: Cache,
  incidents: number,
  from: number,
  until: number,
): { notices: number; cases: number; incidents: number } {
  const rng = createPrng(14);
  const pools = new Pools(rng);
  const sanctions = (outcome: string) =>
    cache.db
      .prepare(
        `SELECT id, source_id, at, barrio, operation_type, category, identity FROM insight_findings
        WHERE source = 'operation' AND outcome = ? AND identity IS NOT NULL ORDER BY at`,
      )
      .iterate(outcome) as IterableIterator<Sanction>;
  const reinspectionActas: Sanction[] = [];
  const notices = putInBatches(
    cache,
    'notice',
    (function* () {
      for (const s of [...sanctions('notice')]) {
        const { notice, acta } = noticeOf(s, rng, until);
        if (acta) reinspectionActas.push(acta);
        yield notice;
      }
    })(),
  );
  const cases = putInBatches(
    cache,
    'court_case',
    (function* () {
      for (const s of [...sanctions('acta'), ...reinspectionActas]) yield caseOf(s, rng, until);
    })(),
  );
  const complaints = putInBatches(
    cache,
    'incident',
    (function* () {
      for (let i = 0; i < incidents; i++) yield incidentOf(from + Math.floor(((until - from) * i) / incidents), rng, pools);
    })(),
  );
  return { notices, cases, incidents: complaints };
}
