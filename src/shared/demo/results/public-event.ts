// A demo public-event operation: licence, capacity, safety checks, minors and sound peaks, judged by the rule
// (rules/public-event.ts). A mass event without a valid licence is Art. 92 bis — acta, preventive closure and the
// sound equipment seized; any other failing is a warning to the organiser the first time and an acta on repeat.
import { publicEventVerdict, SAFETY_CHECKS, type PublicEventResult } from '../../rules/public-event.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import { during, noFinding, sanction, settingAtDemo, type ClosingInput, type PlanInput, type TypedClosing } from './closing-input.ts';

const ART_92_BIS = { norm: 'ord_12468', article: 92, suffix: 'bis' } as const;
const PUBLIC_SHOWS = { norm: 'ord_12468', article: 92 } as const;
const REASON_TEXT = {
  unlicensed: 'sin habilitación vigente',
  over_capacity: 'sobreaforo',
  safety_check_failed: 'falla de seguridad',
  minors_not_admitted: 'menores sin autorización',
  over_venue_peak: 'pico sonoro sobre el tope',
} as const;

const VENUES = ['Salón', 'Club', 'Complejo', 'Espacio cultural', 'Estadio'];

/** A venue, its organiser and capacity; most licensed, some expired, in process or without one. */
export function publicEventPlan({ op, rng, identities }: PlanInput): TypedPlanOf<'public_event'> {
  const organiser = identities.company(op.address);
  const r = rng.next();
  return {
    venue: `${rng.pick(VENUES)} ${op.barrio}`,
    organiser: organiser.name,
    declaredCapacity: rng.chance(0.35) ? rng.int(1_000, 5_000) : rng.int(150, 900),
    licence: r < 0.9 ? 'valid' : r < 0.94 ? 'expired' : r < 0.97 ? 'in_process' : 'none',
  };
}

export function publicEventClosing(input: ClosingInput): TypedClosing {
  const { rng, identities, op } = input;
  const plan = op.details?.typedPlan as TypedPlanOf<'public_event'>;
  const observedAt = during(input, 0.4);
  const capacity = plan.declaredCapacity;
  const result: PublicEventResult = {
    observedAt,
    venueName: plan.venue,
    organiser: plan.organiser,
    licence: plan.licence,
    massEvent: capacity >= 1000,
    declaredCapacity: capacity,
    countedAttendance: Math.round(capacity * (0.55 + rng.next() * (rng.chance(0.12) ? 0.6 : 0.42))),
    safetyChecks: Object.fromEntries(
      SAFETY_CHECKS.map((c) => [c, rng.chance(0.95) ? 'ok' : rng.chance(0.6) ? 'failed' : 'not_checked']),
    ) as PublicEventResult['safetyChecks'],
    minorsPresent: rng.chance(0.2),
    minorsAdmitted: rng.chance(0.5),
    noisePeaksDb: Array.from({ length: rng.int(1, 3) }, () => Math.round((84 + rng.next() * (rng.chance(0.1) ? 16 : 10.5)) * 10) / 10),
    actions: [],
  };
  const verdict = publicEventVerdict(result, { 'noise.venuePeakDb': settingAtDemo(input, 'noise.venuePeakDb', observedAt) });
  if (verdict.status === 'compliant') {
    return { result, findings: [noFinding(input, observedAt)], summary: `${plan.venue}: en regla, ${verdict.occupancyPct} % de ocupación` };
  }
  const offender = identities.pick('public_event', 0.3, () => identities.company(op.address));
  const why = verdict.reasons.map((r) => REASON_TEXT[r]).join(', ');
  const description = `${plan.venue} (${plan.organiser}): ${why}; ${result.countedAttendance} personas para ${capacity} habilitadas.`;
  const facts = { offender, legalBasis: PUBLIC_SHOWS, at: observedAt, description };
  // A mass event without its licence is Art. 92 bis whatever came before; other failings warn first.
  const graver = verdict.requiredMeasures.length > 0;
  const { outcome, finding } = sanction(input, 'public_event', facts, (standing) =>
    graver
      ? { outcome: 'acta', legalBasis: ART_92_BIS }
      : standing === 'first_time'
        ? { outcome: 'warning', comment: `Advertencia al organizador: ${why}` }
        : { outcome: 'acta' },
  );
  result.actions = graver ? [...verdict.requiredMeasures] : outcome === 'warning' ? ['warning'] : ['acta'];
  return { result, findings: [finding], summary: `${plan.venue}: ${why}; ${outcome === 'acta' ? 'acta' : 'advertencia'}` };
}
