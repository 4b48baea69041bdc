// A demo camera review at the Urban Monitoring Centre: a preselected clip of a traffic infraction, recorded within the
// day before. Unreadable plates and clips with nothing to act on are discarded; the owner of a readable plate is
// warned the first time and gets an acta on repeat (an acta is not open while the warnings-only pilot is in force).
// The proportion notified follows the 2021–22 pilot: 7,777 of 11,177 clips (≈ 70 %).
import { cameraReviewDecision, TRAFFIC_INFRACTIONS, type CameraReview } from '../../rules/camera-review.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import { during, sanction, settingAtDemo, type ClosingInput, type PlanInput, type TypedClosing } from './closing-input.ts';

const TRAFFIC = { norm: 'ord_10216', article: 30 } as const;
const MINUTE = 60_000;
const INFRACTION_TEXT: Readonly<Record<(typeof TRAFFIC_INFRACTIONS)[number], string>> = {
  no_parking: 'estacionado en lugar prohibido',
  double_parking: 'estacionado en doble fila',
  red_light: 'cruce con semáforo en rojo',
  wrong_way: 'circulación a contramano',
  bus_lane: 'circulación por carril exclusivo',
  sidewalk_parking: 'estacionado sobre la vereda',
};
const DISCARDS = ['no_infraction', 'poor_quality', 'duplicate', 'emergency_vehicle'] as const;

/** A few of the city's ~1,200 cameras whose preselected clips the promoter reviews. */
export function cameraReviewPlan({ rng }: PlanInput): TypedPlanOf<'camera_review'> {
  return { cameras: Array.from({ length: rng.int(2, 6) }, (_, i) => `CAM-${String(rng.int(1, 200) * 6 - i).padStart(4, '0')}`) };
}

export function cameraReviewClosing(input: ClosingInput): TypedClosing {
  const { rng, identities, op } = input;
  const reviewedAt = during(input, rng.next() * 0.8 + 0.1);
  const recordedAt = reviewedAt - rng.int(30, 24 * 60) * MINUTE;
  const infraction = rng.pick(TRAFFIC_INFRACTIONS);
  const readable = rng.chance(0.88);
  const offender = readable ? identities.pick('camera', 0.1, () => ({ kind: 'vehicle', plate: identities.plate() })) : null;
  const plate = offender?.kind === 'vehicle' ? offender.plate : null;
  const clip = {
    clipRef: `CLIP-${input.clock.isoOf(recordedAt).replaceAll('-', '')}-${op.id.slice(-5).toUpperCase()}`,
    cameraId: rng.pick((op.details?.typedPlan as TypedPlanOf<'camera_review'>).cameras),
    recordedAt,
    reviewedAt,
    infraction,
    plate,
  };
  const what = INFRACTION_TEXT[infraction];
  if (!offender || rng.chance(0.2)) {
    const discardReason = offender ? rng.pick(DISCARDS) : 'plate_unreadable';
    const result: CameraReview = { ...clip, decision: 'discard', discardReason };
    return { result, findings: [], summary: `Clip ${clip.clipRef} (${what}): descartado` };
  }
  const rules = { 'camera.warningsOnly': settingAtDemo(input, 'camera.warningsOnly', recordedAt) };
  const description = `Cámara ${clip.cameraId}, clip ${clip.clipRef}: ${what} (dominio ${plate}).`;
  const { outcome: decision, finding } = sanction(
    input,
    'camera',
    { offender, legalBasis: TRAFFIC, at: recordedAt, description },
    (standing) => {
      const wanted = standing !== 'first_time' && rng.chance(0.6) ? 'acta' : 'warning';
      // The rule may refuse the acta (the warnings-only pilot): the owner is warned instead.
      return cameraReviewDecision({ infraction, plate, decision: wanted }, rules).ok && wanted === 'acta'
        ? { outcome: 'acta' }
        : { outcome: 'warning', comment: `Advertencia por cámara: ${what}` };
    },
  );
  const result: CameraReview = { ...clip, decision, discardReason: null };
  return {
    result,
    findings: [finding],
    summary: `Clip ${clip.clipRef} (${what}): ${decision === 'acta' ? 'acta' : 'advertencia notificada'}`,
  };
}
