// What every demo result builder gets, and the findings they write: warnings with the identity, notices and actas
// with the full record (offender, legal basis, the operation's place, time, description, evidence, author) — each
// with its own id, as the closing form makes them —, and which one an offender gets ("warn first, sanction on repeat").
import type { NumberedFinding } from '../../operations/details.ts';
import type { Operation } from '../../operations/types.ts';
import type { ResourceRecord } from '../../records/resource.ts';
import type { LegalBasis, Offender } from '../../rules/findings.ts';
import type { Prng } from '../../random/prng.ts';
import type { SettingEntry } from '../../settings/dated.ts';
import type { SettingKey, SettingValue } from '../../settings/catalogue.ts';
import { settingOnDay } from '../../settings/dated.ts';
import type { DemoClock } from '../clock.ts';
import { standing, type Identities } from '../identities.ts';

const MINUTE = 60_000;
const DAYS_PER_MONTH = 30.44;

/** What a type's plan is made from: the operation as the generator planned it. */
export interface PlanInput {
  readonly op: Operation;
  readonly rng: Prng;
  readonly identities: Identities;
}

export interface ClosingInput {
  /** The operation as it stands before closing: planned, staffed (details.assigned) and with its typed plan. */
  readonly op: Operation;
  readonly rng: Prng;
  readonly identities: Identities;
  readonly clock: DemoClock;
  readonly settings: readonly SettingEntry[];
  readonly resources: ReadonlyMap<string, ResourceRecord>;
  /** A new finding id (a UUID, as the console makes them), for an instant. */
  readonly newId: (at: number) => string;
}

/** A type's result, the findings it led to and the one-line summary the grid shows. */
export interface TypedClosing {
  readonly result: unknown;
  readonly findings: NumberedFinding[];
  readonly summary: string;
}

/** A dated setting's value on the Córdoba day of `at`. */
export function settingAtDemo<K extends SettingKey>(input: Pick<ClosingInput, 'settings' | 'clock'>, key: K, at: number): SettingValue<K> {
  const value = settingOnDay(input.settings, key, input.clock.isoOf(at));
  if (value === undefined) throw new Error(`the demo needs the setting ${key} on ${input.clock.isoOf(at)}`);
  return value;
}

/** An instant inside the operation's window, `fraction` of the way through. */
export const during = ({ op }: ClosingInput, fraction: number): number =>
  op.plannedStart + Math.floor(((op.plannedEnd - op.plannedStart) * fraction) / MINUTE) * MINUTE;

/** Who writes the operation's records: the first of its team. */
const promoterOf = ({ op }: ClosingInput): string => op.details?.assigned?.people[0] ?? 'prom-001';

/** An assigned resource of a kind (the instrument a reading was taken with). */
export function assignedOf(input: ClosingInput, kind: ResourceRecord['kind']): ResourceRecord | undefined {
  return (input.op.details?.assigned?.resources ?? []).map((id) => input.resources.get(id)).find((r) => r?.kind === kind);
}

/** Where findings are written and by whom: an operation's place and team (findingSource), or an incident's. */
export interface FindingSource {
  readonly rng: Prng;
  readonly clock: DemoClock;
  readonly newId: (at: number) => string;
  readonly place: { readonly address: string; readonly lat: number; readonly lng: number };
  readonly promoterId: string;
  readonly operationId?: string;
}

/** An operation's findings: at its place, written by the first of its team. */
export const findingSource = (input: ClosingInput): FindingSource => ({
  ...input,
  place: { address: input.op.address, lat: input.op.lat, lng: input.op.lng },
  promoterId: promoterOf(input),
  operationId: input.op.id,
});

interface RecordFacts {
  readonly offender: Offender;
  readonly legalBasis: LegalBasis;
  readonly at: number;
  readonly description: string;
}

function recordOf(src: FindingSource, facts: RecordFacts) {
  return {
    offender: facts.offender,
    legalBasis: facts.legalBasis,
    place: src.place,
    occurredAt: facts.at,
    description: facts.description,
    evidence: [{ kind: 'photo' as const, ref: `foto-${src.newId(facts.at).slice(-8)}.jpg` }],
    promoterId: src.promoterId,
    ...(src.operationId ? { operationId: src.operationId } : {}),
  };
}

export const noFinding = (src: Pick<FindingSource, 'newId'>, at: number, comment?: string): NumberedFinding => ({
  id: src.newId(at),
  finding: { outcome: 'no_finding', ...(comment ? { comment } : {}) },
});

export const guidance = (src: Pick<FindingSource, 'newId'>, at: number, comment: string): NumberedFinding => ({
  id: src.newId(at),
  finding: { outcome: 'guidance', comment },
});

export const warning = (src: Pick<FindingSource, 'newId'>, at: number, offender: Offender, comment: string): NumberedFinding => ({
  id: src.newId(at),
  finding: { outcome: 'warning', offender, comment },
});

export const acta = (src: FindingSource, facts: RecordFacts): NumberedFinding => ({
  id: src.newId(facts.at),
  finding: { outcome: 'acta', record: { kind: 'acta', ...recordOf(src, facts) } },
});

/**
 * A notice (emplazamiento): its record's deadline is the one the closing form shows — `days` from the finding's day;
 * the follow-up fixes the real one from the notification day (notices/deadline.ts).
 */
export function notice(src: FindingSource, facts: RecordFacts, days: number): NumberedFinding {
  const deadline = src.clock.end(src.clock.dayOf(facts.at) + days);
  return { id: src.newId(facts.at), finding: { outcome: 'notice', record: { kind: 'notice', ...recordOf(src, facts), deadline } } };
}

/** Where an identity stands for "warn first, sanction on repeat" at `at`, within the counting window in force then. */
export function standingAt(
  input: Pick<ClosingInput, 'identities' | 'settings' | 'clock'>,
  offender: Offender,
  at: number,
): ReturnType<typeof standing> {
  const months = settingAtDemo(input, 'insights.rules', at).repeatWindowMonths;
  return standing(input.identities.before(offender, at, Math.round(months * DAYS_PER_MONTH)));
}

/** What the team does about an offender: a word of guidance, a warning, a notice with its days, or an acta. */
export type Sanction =
  | { readonly outcome: 'guidance'; readonly comment: string }
  | { readonly outcome: 'warning'; readonly comment: string }
  | { readonly outcome: 'notice'; readonly days: number }
  /** The acta under `legalBasis` when it differs from the facts' (a graver offence the same facts make). */
  | { readonly outcome: 'acta'; readonly legalBasis?: LegalBasis };

/**
 * An operation's finding on an offender by "warn first, sanction on repeat": `decide` picks it from where the identity
 * stands, and the identity remembers it under `category` for next time (guidance is no sanction: not remembered).
 */
export function sanction<S extends Sanction>(
  input: ClosingInput,
  category: string,
  facts: RecordFacts,
  decide: (where: ReturnType<typeof standing>) => S,
): { readonly outcome: S['outcome']; readonly finding: NumberedFinding } {
  const { offender, at } = facts;
  const chosen: Sanction = decide(standingAt(input, offender, at));
  const finding =
    chosen.outcome === 'guidance'
      ? guidance(input, at, chosen.comment)
      : chosen.outcome === 'warning'
        ? warning(input, at, offender, chosen.comment)
        : chosen.outcome === 'notice'
          ? notice(findingSource(input), facts, chosen.days)
          : acta(findingSource(input), { ...facts, legalBasis: chosen.legalBasis ?? facts.legalBasis });
  if (chosen.outcome !== 'guidance') input.identities.found(category, offender, chosen.outcome, at);
  return { outcome: chosen.outcome, finding };
}
