// A demo vacant-lot or pavement inspection (the program's headline): a parcel by its cadastral id and, when the
// cadastre has been looked up, its owner. Most are dirty or broken: the owner (or the parcel, while the owner is not
// known) gets a notice with the days in force (Art. 208) — what the follow-up then notifies and re-inspects
// (story.ts). A first, low-risk finding may be a warning instead; a parcel sanctioned before may go straight to an
// acta. A re-inspection records the same parcel again, with no findings of its own: its result is the notice's.
import type { Offender } from '../../rules/findings.ts';
import { RISK_GRADES, type VacantLotInspection } from '../../rules/vacant-lot.ts';
import { BARRIO_NAMES } from '../../geo/barrios.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import { during, noFinding, sanction, settingAtDemo, type ClosingInput, type PlanInput, type TypedClosing } from './closing-input.ts';

const ART_208 = { norm: 'ord_12468', article: 208 } as const;
const PARCEL_REPEAT = 0.12;
/** The parcels inspected before, among which a repeat inspection is drawn. */
const PARCELS = 'vacant_lot_parcel';

type LotPlan = TypedPlanOf<'vacant_lot'>;

type Owner = VacantLotInspection['owner'];

/** The owner the cadastre gives for a parcel: mostly people, some companies, a few not looked up yet. */
function lookUp(input: ClosingInput, address: string): Owner {
  const r = input.rng.next();
  return r < 0.7 ? input.identities.person(address) : r < 0.9 ? input.identities.company(address) : null;
}

function inspection(input: ClosingInput, plan: LotPlan, at: number, comment?: string): VacantLotInspection {
  const { rng, op } = input;
  const kind = rng.chance(0.7) ? 'vacant_lot' : 'pavement';
  return {
    inspectedAt: at,
    kind,
    origin: plan.complaint ? 'complaint' : rng.chance(0.85) ? 'patrol' : 'camera',
    ...(plan.complaint ? { complaintRef: plan.complaint } : {}),
    cadastralId: plan.cadastralId,
    owner: input.identities.ownerOf(plan.cadastralId, () => lookUp(input, op.address)) as Owner,
    surfaceM2: kind === 'pavement' ? rng.int(12, 120) : rng.chance(0.05) ? rng.int(3_001, 9_000) : rng.int(150, 1_500),
    riskGrade: rng.pick(RISK_GRADES),
    photos: [{ kind: 'photo', ref: `lote-${plan.cadastralId}-${rng.int(1, 9)}.jpg` }],
    ...(comment ? { comment } : {}),
  };
}

/**
 * A parcel for a new inspection in the operation's barrio (its district: the barrio's place in the list), now and then
 * one inspected before; four in ten come from a complaint (the Citizens App's reference).
 */
export function vacantLotPlan({ op, rng, identities }: PlanInput): LotPlan {
  const district = BARRIO_NAMES.indexOf(op.barrio) + 1;
  const parcel = identities.pick(PARCELS, PARCEL_REPEAT, () => ({
    kind: 'property',
    cadastralId: identities.cadastralId(district),
    address: op.address,
  }));
  if (parcel.kind !== 'property') throw new Error('a parcel is a property');
  const complaint = rng.chance(0.4) ? `APP-${op.id.slice(-8).toUpperCase()}` : undefined;
  return { cadastralId: parcel.cadastralId, ...(complaint ? { complaint } : {}) };
}

export function vacantLotClosing(input: ClosingInput): TypedClosing {
  const { rng, identities, op } = input;
  const plan = op.details?.typedPlan as LotPlan;
  const at = during(input, rng.next() * 0.6 + 0.2);
  const result = inspection(input, plan, at);
  identities.remember(PARCELS, { kind: 'property', cadastralId: plan.cadastralId, address: op.address });
  const what = result.kind === 'pavement' ? 'Vereda' : 'Lote';
  if (rng.chance(0.12)) {
    return { result, findings: [noFinding(input, at, 'Limpio y cercado')], summary: `${what} ${plan.cadastralId}: en condiciones` };
  }
  const offender: Offender = result.owner ?? { kind: 'property', cadastralId: plan.cadastralId, address: op.address };
  const condition = result.kind === 'pavement' ? 'vereda rota' : 'lote con malezas y residuos';
  const description = `${condition[0]!.toUpperCase()}${condition.slice(1)} (${result.surfaceM2} m², riesgo ${result.riskGrade}), catastro ${plan.cadastralId}.`;
  const facts = { offender, legalBasis: ART_208, at, description };
  const { outcome, finding } = sanction(input, 'vacant_lot', facts, (standing) =>
    standing === 'first_time' && result.riskGrade === 'low' && rng.chance(0.5)
      ? { outcome: 'warning', comment: `Advertencia al propietario: ${condition}` }
      : standing === 'repeat' && rng.chance(0.2)
        ? { outcome: 'acta' }
        : { outcome: 'notice', days: settingAtDemo(input, 'vacantLot.noticeDeadlineDays', at) },
  );
  const said = { warning: 'advertencia al propietario', notice: 'emplazamiento', acta: 'acta por reincidencia' }[outcome];
  return { result, findings: [finding], summary: `${what} ${plan.cadastralId}: ${condition}; ${said}` };
}

/** The re-inspection of a notice's parcel: the same parcel seen again, the outcome in the comment. */
export function vacantLotReinspectionClosing(input: ClosingInput, cadastralId: string, comment: string): TypedClosing {
  const result = inspection(input, { cadastralId }, during(input, 0.3), comment);
  return { result, findings: [], summary: `Re-inspección ${cadastralId}: ${comment.toLowerCase()}` };
}
