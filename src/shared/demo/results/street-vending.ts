// A demo street-vending control: one vendor on the downtown public road (most controls) or at a social-economy fair.
// On the road, a first time is guidance or a warning; a vendor warned before gets an acta and the goods seized, each
// item on the inventory with the receipt handed over. At a fair, a valid permit is fine; a missing, expired or someone
// else's permit is a warning, and an acta on repeat.
import { streetVendingVerdict, type StreetVendingResult } from '../../rules/street-vending.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import {
  during,
  guidance,
  noFinding,
  sanction,
  settingAtDemo,
  type ClosingInput,
  type PlanInput,
  type TypedClosing,
} from './closing-input.ts';

/** The demo's citation for vending on the public road: the sources do not name the Code's article. */
const VENDING = { norm: 'ord_12468', article: 102 } as const;
const GOODS: readonly (readonly [string, StreetVendingResult['seizure'][number]['condition']])[] = [
  ['Medias', 'good'],
  ['Anteojos de sol', 'good'],
  ['Fundas de celular', 'good'],
  ['Chipá', 'perishable'],
  ['Flores', 'perishable'],
  ['Juguetes', 'good'],
  ['Bijouterie', 'good'],
  ['Cargadores', 'damaged'],
];
const FAIRS = ['Feria del Paseo de las Artes', 'Feria de economía social Plaza San Martín', 'Feria Barrio Güemes'];

/** Three controls in four on the downtown public road; the rest at a social-economy fair. */
export function streetVendingPlan({ rng }: PlanInput): TypedPlanOf<'street_vending'> {
  return rng.chance(0.25) ? { place: 'fair', fair: rng.pick(FAIRS) } : { place: 'public_road' };
}

export function streetVendingClosing(input: ClosingInput): TypedClosing {
  const { rng, identities, op } = input;
  const observedAt = during(input, rng.next() * 0.8 + 0.1);
  const plan = op.details?.typedPlan as TypedPlanOf<'street_vending'>;
  const atFair = plan.place === 'fair';
  const known = !atFair && rng.chance(0.15) ? null : identities.pick('street_vending', 0.15, () => identities.person());
  const vendor = known?.kind === 'person' ? known : null;
  const [goods, condition] = rng.pick(GOODS);
  const result: StreetVendingResult = {
    observedAt,
    place: atFair ? { kind: 'fair', fairName: plan.fair ?? FAIRS[0]! } : { kind: 'public_road', address: op.address },
    vendorDni: vendor?.dni ?? null,
    ...(vendor ? { vendorName: vendor.fullName } : {}),
    permit: atFair ? (rng.chance(0.8) ? 'valid' : rng.pick(['none', 'expired', 'not_holder'] as const)) : 'none',
    absencesThisYear: atFair ? rng.int(0, 8) : null,
    goods,
    seizure: [],
    actions: [],
  };
  const verdict = streetVendingVerdict(result, {
    'vending.maxAbsencesPerYear': settingAtDemo(input, 'vending.maxAbsencesPerYear', observedAt),
  });
  const place = atFair ? (result.place as { fairName: string }).fairName : 'la vía pública';
  if (verdict.status === 'compliant') {
    return { result, findings: [noFinding(input, observedAt)], summary: `${place}: puesto en regla` };
  }
  if (!vendor) {
    result.actions = ['guidance'];
    const comment = 'El vendedor se retiró sin identificarse';
    return { result, findings: [guidance(input, observedAt, comment)], summary: `${goods} en ${place}: orientación verbal` };
  }
  const description = `Venta de ${goods.toLowerCase()} en ${place} (${verdict.reasons.join(', ')}), advertido antes.`;
  const facts = { offender: vendor, legalBasis: VENDING, at: observedAt, description };
  const { outcome, finding } = sanction(input, 'street_vending', facts, (standing) =>
    standing === 'first_time' || (standing === 'warned' && rng.chance(0.4))
      ? !atFair && rng.chance(0.4)
        ? { outcome: 'guidance', comment: 'Orientación: la venta en la vía pública está prohibida' }
        : { outcome: 'warning', comment: 'Advertencia por venta sin permiso' }
      : { outcome: 'acta' },
  );
  if (outcome !== 'acta') result.actions = [outcome];
  else {
    result.actions = atFair ? ['acta'] : ['acta', 'seizure'];
    if (!atFair)
      result.seizure = [{ item: goods, quantity: rng.int(5, 60), condition, receiptNumber: `REC-${op.id.slice(-6).toUpperCase()}` }];
  }
  const said = { guidance: 'orientación verbal', warning: 'advertencia', acta: atFair ? 'acta' : 'acta y decomiso con recibo' }[outcome];
  return { result, findings: [finding], summary: `${goods} en ${place}: ${said}` };
}
