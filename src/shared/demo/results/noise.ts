// A demo noise check, mostly from complaints: one reading with the team's sound meter (its calibration in force that
// night) — a venue's peak against the cap, or a home or street against its background plus the zone's margin — judged
// by the ordinance's own rule (rules/noise.ts). Over the limit, the identity decides: a first time is a warning, a
// venue warned before gets a notice to fix it (a limiter, soundproofing) or an acta, and a repeat an acta, a quarter
// of them with the sound equipment seized.
import { noiseVerdict, NOISE_SETTING_KEYS, type NoiseResult } from '../../rules/noise.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import { verificationOn } from '../roster.ts';
import {
  assignedOf,
  during,
  guidance,
  noFinding,
  sanction,
  settingAtDemo,
  type ClosingInput,
  type PlanInput,
  type TypedClosing,
} from './closing-input.ts';

const NOISE = { norm: 'ord_12208', article: 5 } as const;
const tenth = (x: number) => Math.round(x * 10) / 10;
const dB = (x: number) => `${x.toFixed(1).replace('.', ',')} dB(A)`;

/** Venues (bars, parties in rented halls) and neighbourhoods, in residential and mixed zones; now and then near a hospital. */
export function noisePlan({ rng }: PlanInput): TypedPlanOf<'noise_check'> {
  const r = rng.next();
  return { zone: r < 0.55 ? 'residential' : r < 0.95 ? 'mixed' : 'hospital', target: rng.chance(0.45) ? 'venue' : 'neighbourhood' };
}

export function noiseClosing(input: ClosingInput): TypedClosing {
  const { rng, identities, op } = input;
  const { zone, target } = op.details?.typedPlan as TypedPlanOf<'noise_check'>;
  const atVenue = target === 'venue';
  const meter = assignedOf(input, 'sound_meter');
  const measuredAt = during(input, rng.next() * 0.8 + 0.1);
  const verifiedOn = verificationOn(meter ?? {}, measuredAt) ?? measuredAt;
  const over = rng.chance(0.42); // most checks answer complaints: many find the noise
  const background = tenth(38 + rng.next() * 14);
  const source: NoiseResult['source'] = atVenue
    ? { kind: 'venue', peakDb: tenth(over ? 96 + rng.next() * 9 : 82 + rng.next() * 12.5) }
    : { kind: 'ambient', zone, backgroundDb: background, measuredDb: tenth(background + (over ? 8 + rng.next() * 14 : rng.next() * 4.5)) };
  const reading: NoiseResult = {
    meterId: (meter?.id ?? 'sono-01').toUpperCase(),
    meterCalibratedOn: input.clock.isoOf(verifiedOn),
    measuredAt,
    source,
    actions: [],
  };
  const rules = Object.fromEntries(NOISE_SETTING_KEYS.map((key) => [key, settingAtDemo(input, key, measuredAt)]));
  const verdict = noiseVerdict(reading, rules as Parameters<typeof noiseVerdict>[1]);
  const level = source.kind === 'venue' ? source.peakDb : source.measuredDb;
  if (verdict.status !== 'non_compliant') {
    const findings = [rng.chance(0.3) ? guidance(input, measuredAt, 'Se pidió bajar el volumen') : noFinding(input, measuredAt)];
    return { result: reading, findings, summary: `${dB(level)}: dentro del límite (${dB(verdict.limitDb)})` };
  }
  const offender = identities.pick(atVenue ? 'noise_venue' : 'noise_home', atVenue ? 0.35 : 0.15, () =>
    atVenue ? identities.company(op.address) : identities.person(op.address),
  );
  const description = `${source.kind === 'venue' ? 'Pico en el local' : 'Nivel medido'}: ${dB(level)}, límite ${dB(verdict.limitDb)} (excede ${dB(verdict.excessDb)}).`;
  const facts = { offender, legalBasis: NOISE, at: measuredAt, description };
  const { outcome, finding } = sanction(input, atVenue ? 'noise_venue' : 'noise_home', facts, (standing) =>
    standing === 'first_time' && verdict.excessDb < 12
      ? { outcome: 'warning', comment: 'Primera vez: se advirtió y se bajó el volumen' }
      : standing === 'warned' && atVenue && rng.chance(0.4)
        ? { outcome: 'notice', days: settingAtDemo(input, 'notices.deadlineDays', measuredAt).noise }
        : { outcome: 'acta' },
  );
  const actions: NoiseResult['actions'] =
    outcome === 'warning' ? ['warning'] : outcome === 'notice' ? [] : rng.chance(0.25) ? ['acta', 'sound_equipment_seizure'] : ['acta'];
  const said = { warning: 'advertencia', notice: 'emplazamiento', acta: 'acta' }[outcome];
  return {
    result: { ...reading, actions },
    findings: [finding],
    summary: `${dB(level)}: excedía el límite (${dB(verdict.limitDb)}); ${said}`,
  };
}

/** The re-inspection of a venue's notice: its peak measured again — under the cap if it complied — with no findings of its own. */
export function noiseReinspectionClosing(input: ClosingInput, complied: boolean, comment: string): TypedClosing {
  const { rng } = input;
  const meter = assignedOf(input, 'sound_meter');
  const measuredAt = during(input, 0.3);
  const peakDb = tenth(complied ? 82 + rng.next() * 11 : 96 + rng.next() * 6);
  const result: NoiseResult = {
    meterId: (meter?.id ?? 'sono-01').toUpperCase(),
    meterCalibratedOn: input.clock.isoOf(verificationOn(meter ?? {}, measuredAt) ?? measuredAt),
    measuredAt,
    source: { kind: 'venue', peakDb },
    actions: [],
    comment,
  };
  return { result, findings: [], summary: `Re-inspección: ${dB(peakDb)}; ${comment.toLowerCase()}` };
}
