// The demo's complaints: about two a day over the seeded years (more on Friday and Saturday nights), by channel —
// line 103 and the help line, WhatsApp, the Citizens App, the cameras, the patrols — each told through Despacho's own
// mutations: opened (its priority by the rules of its time), repeated calls linked, a free unit sent after a delay
// that depends on the priority, en route and on scene (response times within the SLA mostly), and closed with an
// outcome: resolved on the spot, a warning (an acta on repeat), a notice for a dirty lot, a referral. A few are
// cancelled or referred before anyone goes. Those still open at the end are the last hours' low-priority ones, with
// no unit sent: the live demo's units stay free for what the dispatcher does.
import { BARRIOS, STREETS, type Barrio } from '../geo/barrios.ts';
import { uuidv7 } from '../ids/uuidv7.ts';
import type { ComplaintChannel, IncidentCategory, IncidentOutcome } from '../dispatch/codes.ts';
import type { Unit } from '../live/units.ts';
import type { NumberedFinding } from '../operations/details.ts';
import type { Complaint, Incident } from '../records/incident-schema.ts';
import type { Prng } from '../random/prng.ts';
import type { Offender } from '../rules/findings.ts';
import type { SettingEntry } from '../settings/dated.ts';
import type { DemoClock } from './clock.ts';
import type { Identities } from './identities.ts';
import { personName } from './names.ts';
import { acta, noFinding, notice, settingAtDemo, standingAt, warning, type FindingSource } from './results/closing-input.ts';
import { weighted, type Weights } from './weighted.ts';
import type { DemoWorld } from './world.ts';

const MINUTE = 60_000;
const NIGHTLIFE = new Set(['Nueva Córdoba', 'Centro', 'General Paz', 'Alta Córdoba', 'Cofico', 'Juniors', 'Providencia']);
const NOISE = { norm: 'ord_12208', article: 5 } as const;
const TRAFFIC = { norm: 'ord_10216', article: 30 } as const;
const ART_208 = { norm: 'ord_12468', article: 208 } as const;

const CHANNELS: Weights<ComplaintChannel> = [
  ['line_103', 30],
  ['whatsapp', 25],
  ['citizens_app', 22],
  ['help_line', 8],
  ['camera', 8],
  ['patrol', 7],
];

/** Line 103 and the help line hear the same complaints: who phones is the same public. */
const PHONE: Weights<IncidentCategory> = [
  ['noise', 35],
  ['party', 25],
  ['traffic', 10],
  ['vacant_lot', 10],
  ['pavement', 5],
  ['street_vending', 5],
  ['other', 10],
];
const CATEGORIES: Readonly<Record<ComplaintChannel, Weights<IncidentCategory>>> = {
  line_103: PHONE,
  help_line: PHONE,
  whatsapp: [
    ['noise', 30],
    ['party', 20],
    ['street_vending', 15],
    ['vacant_lot', 15],
    ['pavement', 5],
    ['traffic', 5],
    ['other', 10],
  ],
  citizens_app: [
    ['vacant_lot', 45],
    ['pavement', 25],
    ['street_vending', 10],
    ['noise', 10],
    ['other', 10],
  ],
  camera: [
    ['traffic', 75],
    ['street_vending', 15],
    ['other', 10],
  ],
  patrol: [
    ['noise', 20],
    ['street_vending', 30],
    ['vacant_lot', 20],
    ['traffic', 20],
    ['other', 10],
  ],
};
/** How each category's incidents end when a unit went: the weights of each outcome. */
const OUTCOMES: Readonly<Record<IncidentCategory, Weights<IncidentOutcome>>> = {
  noise: [
    ['resolved_on_site', 45],
    ['warning', 30],
    ['no_finding', 12],
    ['acta', 3],
    ['referred_mediation', 10],
  ],
  party: [
    ['resolved_on_site', 45],
    ['warning', 30],
    ['no_finding', 12],
    ['acta', 3],
    ['referred_mediation', 10],
  ],
  vacant_lot: [
    ['notice', 50],
    ['no_finding', 30],
    ['referred_agency', 20],
  ],
  pavement: [
    ['notice', 50],
    ['no_finding', 30],
    ['referred_agency', 20],
  ],
  street_vending: [
    ['resolved_on_site', 45],
    ['warning', 35],
    ['no_finding', 20],
  ],
  traffic: [
    ['warning', 35],
    ['resolved_on_site', 38],
    ['acta', 5],
    ['no_finding', 22],
  ],
  other: [
    ['resolved_on_site', 45],
    ['referred_agency', 35],
    ['no_finding', 20],
  ],
};
const DESCRIPTIONS: Readonly<Record<IncidentCategory, string>> = {
  noise: 'Música a alto volumen',
  party: 'Fiesta con música fuerte y gente en la vereda',
  vacant_lot: 'Predio baldío con malezas y basura',
  pavement: 'Vereda rota, peligro para peatones',
  street_vending: 'Venta ambulante en la vereda',
  traffic: 'Auto estacionado en lugar prohibido',
  other: 'Problema de convivencia entre vecinos',
};
/** Minutes from the complaint to sending a unit: the urgent categories (P1–P2 under the rules) first, lots last. */
const ASSIGN_MINUTES: Readonly<Record<IncidentCategory, readonly [number, number]>> = {
  noise: [1, 5],
  party: [1, 5],
  traffic: [2, 11],
  street_vending: [5, 40],
  other: [5, 40],
  vacant_lot: [20, 300],
  pavement: [20, 300],
};
const URGENT: ReadonlySet<IncidentCategory> = new Set(['noise', 'party', 'traffic']);

export interface IncidentTeller {
  readonly world: DemoWorld;
  readonly clock: DemoClock;
  readonly rng: Prng;
  readonly identities: Identities;
  readonly settings: readonly SettingEntry[];
  readonly units: readonly Unit[];
  readonly promoterIds: readonly string[];
  readonly until: number;
}

/**
 * When each of the demo's complaints arrives (first calls only), in order, over the days of the clock from `fromDay`
 * up to `until`: `perDay` on average, half as many again on Friday and Saturday.
 */
export function complaintTimes(teller: Pick<IncidentTeller, 'clock' | 'rng' | 'until'>, fromDay: number, perDay: number): number[] {
  const { clock, rng, until } = teller;
  const times: number[] = [];
  for (let day = fromDay; day < clock.length && clock.start(day) < until; day++) {
    const weekend = clock.weekday(day) === 5 || clock.weekday(day) === 6;
    const n = Math.floor(perDay * (weekend ? 1.4 : 0.85) + rng.next());
    for (let i = 0; i < n; i++) times.push(clock.at(day, rng.int(7 * 60, 27 * 60)));
  }
  return times.filter((t) => t <= until).sort((a, b) => a - b);
}

function place(rng: Prng, category: IncidentCategory): Incident['place'] {
  const nightlife = category === 'noise' || category === 'party' || category === 'street_vending';
  const pool = nightlife && rng.chance(0.6) ? BARRIOS.filter((b) => NIGHTLIFE.has(b.name)) : BARRIOS;
  const barrio: Barrio = rng.pick(pool);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    barrio: barrio.name,
    address: `${rng.pick(STREETS)} ${rng.int(1, 60) * 100 + rng.int(0, 99)}`,
    lat: round(barrio.lat + (rng.next() - 0.5) * 0.01),
    lng: round(barrio.lng + (rng.next() - 0.5) * 0.01),
    precision: 'street',
  };
}

function complaint(rng: Prng, channel: ComplaintChannel, receivedAt: number, description: string, id: string): Complaint {
  const phone = `351${rng.int(4_000_000, 6_999_999)}`;
  const reporter =
    channel === 'camera' || channel === 'patrol' ? null : channel === 'whatsapp' ? { phone } : { name: personName(rng), phone };
  return {
    id,
    channel,
    receivedAt,
    description,
    reporter,
    appReference: channel === 'citizens_app' ? `APP-${id.slice(-10).toUpperCase()}` : null,
    photos: channel === 'citizens_app' ? [`foto-app-${id.slice(-6)}.jpg`] : [],
    camera:
      channel === 'camera' ? { cameraId: `CAM-${String(rng.int(1, 1200)).padStart(4, '0')}`, clipRef: `CLIP-${id.slice(-12)}` } : null,
  };
}

/** The finding an outcome records: with the identity (a repeat turns a warning into an acta), or none. */
function findingFor(
  teller: IncidentTeller,
  incident: Incident,
  outcome: IncidentOutcome,
  at: number,
): { outcome: IncidentOutcome; finding: NumberedFinding | null; cadastralId?: string } {
  const { rng, identities } = teller;
  const { place: where, category } = incident;
  const address = where.address ?? where.barrio;
  const src: FindingSource = {
    ...teller,
    newId: (t) => uuidv7(t, rng.fill),
    place: { address, lat: where.lat, lng: where.lng },
    promoterId: rng.pick(teller.promoterIds),
  };
  if (outcome === 'notice') {
    const cadastralId = identities.cadastralId(rng.int(1, 34));
    const offender: Offender = identities.ownerOf(cadastralId, () => (rng.chance(0.7) ? identities.person(address) : null)) ?? {
      kind: 'property',
      cadastralId,
      address,
    };
    const description = `${DESCRIPTIONS[category]} (denuncia), catastro ${cadastralId}.`;
    const days = settingAtDemo(teller, 'notices.deadlineDays', at).other;
    identities.found('vacant_lot', offender, 'notice', at);
    return { outcome, finding: notice(src, { offender, legalBasis: ART_208, at, description }, days), cadastralId };
  }
  if (outcome !== 'warning' && outcome !== 'acta') return { outcome, finding: outcome === 'no_finding' ? noFinding(src, at) : null };
  const offender: Offender =
    category === 'traffic'
      ? { kind: 'vehicle', plate: identities.plate() }
      : identities.pick(category, 0.1, () => identities.person(address));
  const repeat = standingAt(teller, offender, at) !== 'first_time';
  const decided = outcome === 'acta' || repeat ? 'acta' : 'warning';
  identities.found(category, offender, decided, at);
  if (decided === 'warning') return { outcome: 'warning', finding: warning(src, at, offender, `${DESCRIPTIONS[category]}: se advirtió`) };
  const legalBasis = category === 'traffic' ? TRAFFIC : NOISE;
  const description = `${DESCRIPTIONS[category]} en ${address}${repeat ? ', advertido antes' : ''}.`;
  return { outcome: 'acta', finding: acta(src, { offender, legalBasis, at, description }) };
}

/**
 * Tells one complaint's incident from its first call at `receivedAt`; returns the notice its close made for a dirty lot
 * (and the parcel), if any. `busyUntil` keeps when each unit is free again, so that overlapping incidents never share one.
 */
export function tellIncident(
  teller: IncidentTeller,
  receivedAt: number,
  busyUntil: Map<string, number>,
): { readonly noticeId: string; readonly cadastralId: string } | null {
  const { world, rng, until } = teller;
  const channel = weighted(rng, CHANNELS);
  const category = weighted(rng, CATEGORIES[channel]);
  const [least, most] = ASSIGN_MINUTES[category];
  let assignAt = receivedAt + rng.int(least, most) * MINUTE;
  // Urgent complaints of the last minutes would be waiting with nobody sent: the demo leaves only low-priority ones open.
  if (URGENT.has(category) && assignAt + 60 * MINUTE > until) return null;
  const id = uuidv7(receivedAt, rng.fill);
  const description = DESCRIPTIONS[category];
  const first = complaint(rng, channel, receivedAt, description, uuidv7(receivedAt, rng.fill));
  const opened = world.apply<'incident'>(
    { kind: 'incident.open', id, category, priorityOverride: null, place: place(rng, category), description, complaint: first },
    receivedAt,
    'dispatcher',
  );
  if (!opened) return null;
  if ((category === 'noise' || category === 'party') && rng.chance(0.25)) {
    const at = receivedAt + rng.int(5, 40) * MINUTE;
    const again = complaint(
      rng,
      weighted(
        rng,
        CHANNELS.filter(([c]) => c !== 'camera'),
      ),
      at,
      description,
      uuidv7(at, rng.fill),
    );
    if (at <= until) world.apply({ kind: 'incident.linkComplaint', id, complaint: again }, at, 'dispatcher');
  }
  if (rng.chance(0.08)) {
    const at = receivedAt + rng.int(2, 20) * MINUTE;
    if (at > until) return null;
    if (rng.chance(0.4))
      world.apply({ kind: 'incident.cancel', id, at, reason: 'Llamada sin fundamento: no se encontró el hecho' }, at, 'dispatcher');
    else world.apply({ kind: 'incident.refer', id, at, to: rng.pick(['Policía de Córdoba', 'EPEC', 'Defensa Civil']) }, at, 'dispatcher');
    return null;
  }
  const free = teller.units.filter((u) => (busyUntil.get(u.id) ?? 0) <= assignAt);
  const unit = free.length ? rng.pick(free) : [...teller.units].sort((a, b) => busyUntil.get(a.id)! - busyUntil.get(b.id)!)[0];
  if (!unit) return null;
  assignAt = Math.max(assignAt, busyUntil.get(unit.id) ?? 0);
  // Urgent calls get the nearest unit: minutes away; a lot can wait for whoever is free across town.
  const travel = (URGENT.has(category) ? rng.int(4, 13) : unit.kind === 'vehicle' ? rng.int(8, 25) : rng.int(10, 35)) * MINUTE;
  const onScene = rng.int(10, 50) * MINUTE;
  const closeAt = assignAt + travel + onScene;
  if (closeAt > until) return null; // only the last hours' low-priority complaints stay open, with no unit sent
  world.apply({ kind: 'incident.assign', id, unitId: unit.id, replacing: null, at: assignAt }, assignAt, 'dispatcher');
  const enRouteAt = assignAt + rng.int(1, 3) * MINUTE;
  world.apply({ kind: 'unit.setStatus', id: unit.id, status: 'en_route', at: enRouteAt }, enRouteAt, 'dispatcher');
  world.apply({ kind: 'unit.setStatus', id: unit.id, status: 'on_scene', at: assignAt + travel }, assignAt + travel, 'dispatcher');
  const current = world.get('incident', id)!;
  const { outcome, finding, cadastralId } = findingFor(teller, current, weighted(rng, OUTCOMES[category]), closeAt - 5 * MINUTE);
  world.apply({ kind: 'incident.close', id, at: closeAt, outcome, finding }, closeAt, 'dispatcher');
  busyUntil.set(unit.id, closeAt);
  return finding && cadastralId ? { noticeId: finding.id, cadastralId } : null;
}
