// A demo Escuela de Convivencia session: a school, neighbours, businesses, drivers or people the court sent (Art. 28),
// with those expected and those who came, given by the team that went.
import { AUDIENCES, type EducationSession } from '../../rules/education.ts';
import type { TypedPlanOf } from '../../operations/typed-plan.ts';
import { during, type ClosingInput, type PlanInput, type TypedClosing } from './closing-input.ts';

const TOPICS = ['Ruidos molestos y convivencia', 'Conducción responsable', 'Baldíos y veredas', 'Venta ambulante', 'Espacio público'];
const PLACES: Readonly<Record<(typeof AUDIENCES)[number], string>> = {
  school: 'Escuela',
  neighbours: 'Centro vecinal',
  businesses: 'Cámara de comercio zonal',
  drivers: 'Centro de emisión de licencias',
  court_referred: 'Tribunal de Faltas, sala de capacitación',
  other: 'CPC',
};

const LABEL: Readonly<Record<(typeof AUDIENCES)[number], string>> = {
  school: 'Estudiantes',
  neighbours: 'Vecinos',
  businesses: 'Comerciantes',
  drivers: 'Conductores',
  court_referred: 'Derivados por el Tribunal (Art. 28)',
  other: 'Público general',
};

/** Mostly schools and drivers; some sessions for people the court sent instead of (or besides) a fine. */
export function educationPlan({ rng }: PlanInput): TypedPlanOf<'education_session'> {
  const audience = rng.pick([
    'school',
    'school',
    'school',
    'neighbours',
    'businesses',
    'drivers',
    'drivers',
    'court_referred',
    'other',
  ] as const);
  return { audience: LABEL[audience], expectedAttendance: audience === 'court_referred' ? rng.int(5, 20) : rng.int(15, 60) };
}

export function educationClosing(input: ClosingInput): TypedClosing {
  const { rng, op } = input;
  const plan = op.details?.typedPlan as TypedPlanOf<'education_session'>;
  const audience = AUDIENCES.find((a) => LABEL[a] === plan.audience) ?? 'other';
  const expected = plan.expectedAttendance;
  const attended = Math.round(expected * (0.55 + rng.next() * 0.45));
  const result: EducationSession = {
    heldAt: during(input, 0.05),
    place: `${PLACES[audience]} — ${op.barrio}`,
    audience,
    topics: [rng.pick(TOPICS)],
    expected,
    attended,
    facilitatorIds: op.details?.assigned?.people.length ? [...op.details.assigned.people] : ['prom-001'],
  };
  return { result, findings: [], summary: `Escuela de Convivencia: ${attended} de ${expected} asistentes` };
}
