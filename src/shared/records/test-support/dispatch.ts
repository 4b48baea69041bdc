// Runs in: anywhere (tests and benchmarks only). Despacho's records, valid under their schemas — a unit, a
// complaint, an incident at any point of its lifecycle — and a small in-memory side that applies mutations as
// the hub does: it reads what it holds, saves the record and whatever the change derives (the unit an assignment
// sends, the court case an acta makes), so a test walks an incident from call to close step by step.
import type { Role } from '../../auth/roles.ts';
import type { Unit } from '../../live/units.ts';
import type { Operation } from '../../operations/types.ts';
import type { SettingEntry } from '../../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../settings/defaults.ts';
import { caseNumber } from '../../court/case-number.ts';
import type { Complaint, Incident } from '../incident-schema.ts';
import type { Applied, MutationContext, VersionedRecord } from '../kind.ts';
import { applyMutation, entityOf, type Mutation } from '../mutations.ts';
import type { SharedRecord } from '../registry.ts';

export const DISPATCH_CONSOLE = '0190a8c0-0000-7000-8000-00000000c0c0';
/** Plaza España, Nueva Córdoba. */
export const NUEVA_CORDOBA = {
  barrio: 'Nueva Córdoba',
  address: 'Bv. Chacabuco 500',
  lat: -31.4285,
  lng: -64.1835,
  precision: 'street',
} as const;

export const uuidOf = (n: number, group = '8000') => `0190a8c0-0000-7000-${group}-${String(n).padStart(12, '0')}`;

export function unitAt(id: string, changes: Partial<Unit> = {}): Unit {
  return {
    id,
    callSign: `Móvil ${id}`,
    kind: 'vehicle',
    crew: ['Ana Paz', 'Luis Gómez'],
    status: 'available',
    statusAt: null,
    statusSource: null,
    task: null,
    silenceAck: null,
    version: 1,
    ...changes,
  };
}

export function complaintAt(receivedAt: number, changes: Partial<Complaint> = {}): Complaint {
  return {
    id: uuidOf(receivedAt % 1_000_000, '9000'),
    channel: 'line_103',
    receivedAt,
    description: 'Música muy fuerte en un departamento del tercer piso.',
    reporter: { name: 'Vecina del 2.º B', phone: '351 555-0101' },
    appReference: null,
    photos: [],
    camera: null,
    ...changes,
  };
}

/** An incident opened at `openedAt` (received, priority 1 unless changed), with its opening step. */
export function incidentAt(id: string, openedAt: number, changes: Partial<Incident> = {}): Incident {
  return {
    id,
    category: 'noise',
    computedPriority: 1,
    priorityOverride: null,
    place: NUEVA_CORDOBA,
    description: 'Fiesta con música alta.',
    complaints: [complaintAt(openedAt)],
    status: 'received',
    units: [],
    openedAt,
    assignedAt: null,
    arrivedAt: null,
    closedAt: null,
    checkInDueAt: null,
    outcome: null,
    finding: null,
    statusNote: null,
    steps: [{ at: openedAt, by: 'despacho', console: DISPATCH_CONSOLE, action: 'opened' }],
    version: 1,
    ...changes,
  };
}

/** A planned operation a unit may be kept for: four hours from `plannedStart`. */
export function operationAt(id: string, plannedStart: number, status: Operation['status'] = 'reserved'): Operation {
  return {
    id,
    type: 'noise_check',
    barrio: 'Centro',
    address: 'Av. Colón 500',
    plannedStart,
    plannedEnd: plannedStart + 4 * 60 * 60 * 1000,
    shift: 'night',
    team: 'Equipo 05',
    status,
    lat: -31.41,
    lng: -64.18,
    resultSummary: null,
    cancelReason: null,
    createdAt: 1,
    updatedAt: 1,
    version: 1,
  };
}

export interface MemorySide {
  /** When the next changes are decided; move it to walk through time. */
  now: number;
  readonly context: MutationContext;
  put<R extends VersionedRecord>(entity: string, record: R): void;
  get<R extends VersionedRecord = SharedRecord>(entity: string, id: string): R | null;
  /** Applies `mutation` to what this side holds; saves the record and what it derived when it is accepted. */
  apply(mutation: Mutation): Applied<SharedRecord>;
}

/** A side (a hub, a console) holding `records`, judging by `settings`, deciding as `by` (signed in as `role`) from DISPATCH_CONSOLE. */
export function memorySide(
  now: number,
  settings: readonly SettingEntry[] = DEFAULT_SETTINGS,
  by = 'despacho',
  role: Role = 'dispatcher',
): MemorySide {
  const records = new Map<string, VersionedRecord>();
  const key = (entity: string, id: string) => `${entity}\u0000${id}`;
  let cases = 0;
  const side: MemorySide = {
    now,
    context: {
      get now() {
        return side.now;
      },
      by,
      role,
      console: DISPATCH_CONSOLE,
      read: (entity, id) => records.get(key(entity, id)) ?? null,
      settings: () => settings,
      caseNumber: (year) => caseNumber(year, ++cases),
    },
    put: (entity, record) => void records.set(key(entity, record.id), record),
    get: <R extends VersionedRecord>(entity: string, id: string) => (records.get(key(entity, id)) as R | undefined) ?? null,
    apply(mutation) {
      const entity = entityOf(mutation.kind);
      const applied = applyMutation(side.get(entity, mutation.id), mutation, side.context);
      if (!applied.ok) return applied;
      side.put(entity, applied.record);
      for (const derived of applied.derived ?? []) side.put(derived.entity, derived.record);
      return applied;
    },
  };
  return side;
}
