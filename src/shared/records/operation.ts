// Record kind: a preventive operation (docs/DOMAIN.md, "Operation types"): planned by coordinators, staffed,
// carried out and closed with its type's typed result and findings. Closing makes the court's incoming cases.
import { z } from 'zod';
import { EVERY_ROLE } from '../auth/roles.ts';
import { BARRIOS } from '../geo/barrios.ts';
import { OPERATION_RESULT_SCHEMAS } from '../operations/closing.ts';
import { OPERATION_STATUSES, type OperationStatus } from '../operations/codes.ts';
import { AssignedSchema, MAX_FINDINGS, NumberedFindingSchema, type NumberedFinding, type OperationDetails } from '../operations/details.ts';
import { canTransition, isEditable } from '../operations/lifecycle.ts';
import {
  CancelReasonSchema,
  OperationIdSchema,
  OperationPatchSchema,
  OperationPlanSchema,
  OperationSchema,
} from '../operations/operation-schema.ts';
import { TYPED_PLAN_SCHEMAS } from '../operations/typed-plan.ts';
import type { Operation } from '../operations/types.ts';
import { courtCaseKind, newCase } from './court-case.ts';
import { newNotice } from './notice.ts';
import { personKind, type PersonRecord } from './person.ts';
import { defineRecordKind, mutationOf, type Applied, type DerivedRecord, type MutationContext } from './kind.ts';

const mutation = mutationOf<Operation>();
const PLANNERS = ['coordinator', 'administrator'] as const;
const BARRIO_BY_NAME = new Map(BARRIOS.map((b) => [b.name, b]));

function placeOf(barrio: string): { lat: number; lng: number } {
  const found = BARRIO_BY_NAME.get(barrio);
  return { lat: found?.lat ?? 0, lng: found?.lng ?? 0 };
}

/**
 * A change to an open operation: refused when it does not exist or is history (closed, cancelled); otherwise
 * `change` gets a function that makes the next version with the given fields and details.
 */
function changeOpen(
  current: Operation | null,
  { now }: MutationContext,
  change: (next: (fields: Partial<Operation>, details?: Partial<OperationDetails>) => Operation) => Applied<Operation>,
): Applied<Operation> {
  if (!current) return { ok: false, reason: 'not_found' };
  if (!isEditable(current.status)) return { ok: false, reason: 'not_editable' };
  return change((fields, details = {}) => ({
    ...current,
    ...fields,
    details: { ...current.details, ...details },
    updatedAt: now,
    version: current.version + 1,
  }));
}

/** A status change along the lifecycle, recorded on the timeline (when, to what, by whom, why). */
function moveTo(
  current: Operation | null,
  status: OperationStatus,
  context: MutationContext,
  extra: { fields?: Partial<Operation>; details?: Partial<OperationDetails>; reason?: string } = {},
): Applied<Operation> {
  return changeOpen(current, context, (next) => {
    if (!canTransition(current!.status, status)) return { ok: false, reason: 'invalid_transition' };
    const entry = { at: context.now, status, by: context.by, ...(extra.reason ? { reason: extra.reason } : {}) };
    const timeline = [...(current!.details?.timeline ?? []), entry];
    return { ok: true, record: next({ ...extra.fields, status }, { ...extra.details, timeline }) };
  });
}

/**
 * What a closed operation's findings start: a court case per acta (with the promoter's name as of that day and the
 * operation's barrio; opened at once if the court says so) and a follow-up per notice — each with the finding's
 * id, so a replay cannot duplicate it.
 */
export function derivedOf(operation: Operation, findings: readonly NumberedFinding[], context: MutationContext): DerivedRecord[] {
  const result = operation.details?.result as { surfaceM2?: number } | undefined;
  const source = {
    origin: 'operation',
    sourceId: operation.id,
    operationType: operation.type,
    barrio: operation.barrio,
    surfaceM2: operation.type === 'vacant_lot' ? (result?.surfaceM2 ?? null) : null,
  } as const;
  return findings.flatMap((numbered) => {
    const { id, finding } = numbered;
    if (finding.outcome === 'notice') return newNotice(numbered, source, context.now);
    if (finding.outcome !== 'acta') return [];
    const courtCase = newCase(
      {
        id,
        origin: 'operation',
        operationId: operation.id,
        operationType: operation.type,
        record: { ...finding.record, operationId: operation.id },
        promoterName: (context.read(personKind.entity, finding.record.promoterId) as PersonRecord | null)?.name ?? null,
        barrio: operation.barrio,
      },
      context,
    );
    return [{ entity: courtCaseKind.entity, record: courtCase }];
  });
}

export const operationKind = defineRecordKind<Operation>()({
  entity: 'operation',
  schema: OperationSchema,
  readers: EVERY_ROLE, // their results feed the court
  cache: 'own', // the grid sorts and filters a million of them: indexed columns, address search
  mutations: {
    'operation.create': mutation({
      fields: z.object({ id: OperationIdSchema, plan: OperationPlanSchema }),
      roles: PLANNERS,
      apply: (current, { id, plan }, { now, by }) =>
        current
          ? { ok: false, reason: 'already_exists' }
          : {
              ok: true,
              record: {
                id,
                status: 'draft',
                ...plan,
                ...placeOf(plan.barrio),
                resultSummary: null,
                cancelReason: null,
                createdAt: now,
                updatedAt: now,
                version: 1,
                details: { timeline: [{ at: now, status: 'draft', by }] },
              },
            },
    }),
    'operation.update': mutation({
      fields: z.object({ id: OperationIdSchema, patch: OperationPatchSchema }),
      roles: PLANNERS,
      apply: (current, { patch }, context) =>
        changeOpen(current, context, (next) => {
          const merged = { ...current!, ...patch };
          if (merged.plannedEnd <= merged.plannedStart) return { ok: false, reason: 'invalid_plan' };
          // Another type plans other things: its typed plan goes with the old type.
          const typeChanged = patch.type !== undefined && patch.type !== current!.type;
          const place = patch.barrio ? placeOf(patch.barrio) : {};
          return { ok: true, record: next({ ...patch, ...place }, typeChanged ? { typedPlan: undefined } : {}) };
        }),
    }),
    'operation.setStatus': mutation({
      fields: z.object({ id: OperationIdSchema, status: z.enum(OPERATION_STATUSES).exclude(['cancelled']) }),
      roles: PLANNERS,
      apply: (current, { status }, context) => moveTo(current, status, context),
    }),
    'operation.cancel': mutation({
      fields: z.object({ id: OperationIdSchema, reason: CancelReasonSchema }),
      roles: PLANNERS,
      apply: (current, { reason }, context) => moveTo(current, 'cancelled', context, { fields: { cancelReason: reason }, reason }),
    }),
    // The type's own plan (checked against the operation's type when applied).
    'operation.setTypedPlan': mutation({
      fields: z.object({ id: OperationIdSchema, typedPlan: z.unknown() }),
      roles: PLANNERS,
      apply: (current, { typedPlan }, context) =>
        changeOpen(current, context, (next) => {
          const parsed = TYPED_PLAN_SCHEMAS[current!.type].safeParse(typedPlan);
          return parsed.success ? { ok: true, record: next({}, { typedPlan: parsed.data }) } : { ok: false, reason: 'invalid_plan' };
        }),
    }),
    // Who and what is reserved for the operation (replaces the previous reservation).
    'operation.assign': mutation({
      fields: z.object({ id: OperationIdSchema, assigned: AssignedSchema }),
      roles: PLANNERS,
      apply: (current, { assigned }, context) => changeOpen(current, context, (next) => ({ ok: true, record: next({}, { assigned }) })),
    }),
    // Closing with the typed result (checked against the operation's type when applied) and the findings; every
    // acta or notice becomes a court case in the same transaction.
    'operation.close': mutation({
      fields: z.object({
        id: OperationIdSchema,
        result: z.unknown(),
        findings: z.array(NumberedFindingSchema).max(MAX_FINDINGS, 'too_many'),
      }),
      roles: PLANNERS,
      apply: (current, { result, findings }, context) =>
        changeOpen(current, context, () => {
          const parsed = OPERATION_RESULT_SCHEMAS[current!.type].safeParse(result);
          if (!parsed.success) return { ok: false, reason: 'invalid_result' };
          const closed = moveTo(current, 'closed', context, { details: { result: parsed.data, findings } });
          if (!closed.ok) return closed;
          const derived = derivedOf(closed.record, findings, context);
          return { ...closed, derived };
        }),
    }),
  },
});
