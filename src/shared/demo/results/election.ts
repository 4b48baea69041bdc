// A demo neighbourhood-centre election watched by the promoters: registered voters, votes cast, now and then an
// incident (a late opening, missing materials).
import type { ElectionOversight } from '../../rules/election.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import { during, type ClosingInput, type PlanInput, type TypedClosing } from './closing-input.ts';

export const electionPlan = ({ op }: PlanInput): TypedPlanOf<'election_oversight'> => ({ centre: `Centro Vecinal ${op.barrio}` });

export function electionClosing(input: ClosingInput): TypedClosing {
  const { rng, op } = input;
  const registeredVoters = rng.int(800, 4_000);
  const votesCast = Math.round(registeredVoters * (0.15 + rng.next() * 0.25));
  const late = rng.chance(0.2);
  const result: ElectionOversight = {
    heldAt: op.plannedStart,
    centreName: (op.details?.typedPlan as TypedPlanOf<'election_oversight'>).centre,
    registeredVoters,
    votesCast,
    incidents: late
      ? [{ at: during(input, 0.02), code: 'late_opening', description: 'La mesa abrió 40 minutos tarde por falta de autoridades' }]
      : [],
  };
  return {
    result,
    findings: [],
    summary: `Elección vecinal fiscalizada: ${votesCast} votos de ${registeredVoters} empadronados${late ? ', apertura demorada' : ''}`,
  };
}
