// The closing form of each operation type: its result schema's fields as form specs (paths are the schema's),
// the findings' fields, and the live verdict each type's rule gives with the settings in force at the time of
// the reading. Labels live in i18n (results:field.<type>.<path>, results:option.<code>).
import { z } from 'zod';
import { OPERATION_RESULT_SCHEMAS } from '../../../shared/operations/closing.ts';
import type { OperationType } from '../../../shared/operations/codes.ts';
import {
  ALCOHOL_ACTIONS,
  ALCOHOL_SETTING_KEYS,
  AlcoholResultSchema,
  alcoholVerdict,
  type AlcoholResult,
  type AlcoholVerdict,
} from '../../../shared/rules/alcohol.ts';
import {
  CAMERA_DECISIONS,
  CAMERA_INFRACTIONS,
  CAMERA_SETTING_KEYS,
  cameraReviewDecision,
  DISCARD_REASONS,
} from '../../../shared/rules/camera-review.ts';
import { AUDIENCES, attendancePct } from '../../../shared/rules/education.ts';
import { INCIDENT_CODES, turnoutPct } from '../../../shared/rules/election.ts';
import { EVIDENCE_KINDS, MAX_COMMENT } from '../../../shared/rules/fields.ts';
import { FINDING_OUTCOMES, REFERRAL_TARGETS } from '../../../shared/rules/findings.ts';
import { NORMS } from '../../../shared/rules/norms.ts';
import { NOISE_ACTIONS, NOISE_SETTING_KEYS, noiseVerdict } from '../../../shared/rules/noise.ts';
import {
  CHECK_STATES,
  LICENCE_STATES,
  PUBLIC_EVENT_ACTIONS,
  PUBLIC_EVENT_SETTING_KEYS,
  publicEventVerdict,
  SAFETY_CHECKS,
} from '../../../shared/rules/public-event.ts';
import {
  ITEM_CONDITIONS,
  PERMIT_STATES,
  STREET_VENDING_SETTING_KEYS,
  streetVendingVerdict,
  VENDING_ACTIONS,
} from '../../../shared/rules/street-vending.ts';
import {
  art208FineRange,
  INSPECTION_KINDS,
  INSPECTION_ORIGINS,
  RISK_GRADES,
  VACANT_LOT_SETTING_KEYS,
  vacantLotNotice,
} from '../../../shared/rules/vacant-lot.ts';
import { JURISDICTIONS, NOISE_ZONES, type SettingKey } from '../../../shared/settings/catalogue.ts';
import { settingsAt, type SettingEntry } from '../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults.ts';
import type { FieldSpec } from '../../spec-form/spec-form.ts';
import { RECORD_OFFENDER_FIELDS, WARNING_OFFENDER_FIELDS } from './finding-identity.ts';

const GL = { min: 0, max: 5, unit: 'g/L' } as const;
const DB = { min: 0, max: 140, unit: 'dB(A)' } as const;
const comment: FieldSpec = { path: 'comment', kind: 'textarea', optional: true, wide: true, maxLength: MAX_COMMENT };
const evidenceRows = (path: string): FieldSpec => ({
  path,
  kind: 'rows',
  wide: true,
  fields: [
    { path: 'kind', kind: 'select', options: EVIDENCE_KINDS },
    { path: 'ref', kind: 'text' },
  ],
});

export const ALCOHOL_TEST_FIELDS: readonly FieldSpec[] = [
  { path: 'testedAt', kind: 'datetime' },
  { path: 'jurisdiction', kind: 'select', options: JURISDICTIONS, initial: 'city' },
  { path: 'driverDni', kind: 'text' },
  { path: 'licenceNumber', kind: 'text' },
  { path: 'plate', kind: 'text' },
  { path: 'deviceSerial', kind: 'text' },
  { path: 'deviceVerifiedOn', kind: 'date' },
  { path: 'firstReadingGL', kind: 'number', range: GL },
  { path: 'retest.at', kind: 'datetime', nullGroup: 'retest' },
  { path: 'retest.readingGL', kind: 'number', range: GL, nullGroup: 'retest' },
  { path: 'actions', kind: 'codes', options: ALCOHOL_ACTIONS, wide: true },
  comment,
];

export const RESULT_SPECS: Readonly<Record<OperationType, readonly FieldSpec[]>> = {
  alcohol_test: [
    { path: 'tests', kind: 'rows', fields: ALCOHOL_TEST_FIELDS, initialRows: 1, wide: true },
    { path: 'selfTests', kind: 'integer', range: { min: 0, max: 10_000 }, initial: '0' },
  ],
  noise_check: [
    { path: 'measuredAt', kind: 'datetime' },
    {
      path: 'source.kind',
      kind: 'select',
      options: ['ambient', 'construction_site', 'construction_inside_home', 'road_works', 'venue'],
      initial: 'ambient',
    },
    { path: 'source.zone', kind: 'select', options: NOISE_ZONES, when: { path: 'source.kind', is: ['ambient'] } },
    { path: 'source.backgroundDb', kind: 'number', range: DB, when: { path: 'source.kind', is: ['ambient', 'construction_inside_home'] } },
    {
      path: 'source.measuredDb',
      kind: 'number',
      range: DB,
      when: { path: 'source.kind', is: ['ambient', 'construction_site', 'construction_inside_home', 'road_works'] },
    },
    { path: 'source.peakDb', kind: 'number', range: DB, when: { path: 'source.kind', is: ['venue'] } },
    { path: 'meterId', kind: 'text' },
    { path: 'meterCalibratedOn', kind: 'date' },
    { path: 'actions', kind: 'codes', options: NOISE_ACTIONS, wide: true },
    comment,
  ],
  public_event: [
    { path: 'observedAt', kind: 'datetime' },
    { path: 'venueName', kind: 'text' },
    { path: 'organiser', kind: 'text' },
    { path: 'licence', kind: 'select', options: LICENCE_STATES },
    { path: 'massEvent', kind: 'boolean' },
    { path: 'declaredCapacity', kind: 'integer', range: { min: 0, max: 500_000 } },
    { path: 'countedAttendance', kind: 'integer', range: { min: 0, max: 500_000 } },
    ...SAFETY_CHECKS.map((check): FieldSpec => ({
      path: `safetyChecks.${check}`,
      kind: 'select',
      options: CHECK_STATES,
      initial: 'not_checked',
    })),
    { path: 'minorsPresent', kind: 'boolean' },
    { path: 'minorsAdmitted', kind: 'boolean' },
    { path: 'noisePeaksDb', kind: 'numberLines', range: DB },
    { path: 'actions', kind: 'codes', options: PUBLIC_EVENT_ACTIONS, wide: true },
    comment,
  ],
  street_vending: [
    { path: 'observedAt', kind: 'datetime' },
    { path: 'place.kind', kind: 'select', options: ['public_road', 'fair'], initial: 'public_road' },
    { path: 'place.address', kind: 'text', when: { path: 'place.kind', is: ['public_road'] } },
    { path: 'place.fairName', kind: 'text', when: { path: 'place.kind', is: ['fair'] } },
    { path: 'vendorDni', kind: 'text', nullable: true },
    { path: 'vendorName', kind: 'text', optional: true },
    { path: 'permit', kind: 'select', options: PERMIT_STATES, initial: 'none' },
    { path: 'absencesThisYear', kind: 'integer', nullable: true, range: { min: 0, max: 366 } },
    { path: 'goods', kind: 'text', wide: true },
    {
      path: 'seizure',
      kind: 'rows',
      wide: true,
      fields: [
        { path: 'item', kind: 'text' },
        { path: 'quantity', kind: 'integer', range: { min: 1, max: 100_000 } },
        { path: 'condition', kind: 'select', options: ITEM_CONDITIONS, initial: 'good' },
        { path: 'receiptNumber', kind: 'text' },
      ],
    },
    { path: 'actions', kind: 'codes', options: VENDING_ACTIONS, wide: true },
    comment,
  ],
  vacant_lot: [
    { path: 'inspectedAt', kind: 'datetime' },
    { path: 'kind', kind: 'select', options: INSPECTION_KINDS, initial: 'vacant_lot' },
    { path: 'origin', kind: 'select', options: INSPECTION_ORIGINS, initial: 'complaint' },
    { path: 'complaintRef', kind: 'text', optional: true },
    { path: 'cadastralId', kind: 'text' },
    { path: 'owner.kind', kind: 'select', options: ['person', 'company'], nullGroup: 'owner' },
    { path: 'owner.dni', kind: 'text', nullGroup: 'owner', when: { path: 'owner.kind', is: ['person'] } },
    { path: 'owner.fullName', kind: 'text', nullGroup: 'owner', when: { path: 'owner.kind', is: ['person'] } },
    { path: 'owner.cuit', kind: 'text', nullGroup: 'owner', when: { path: 'owner.kind', is: ['company'] } },
    { path: 'owner.name', kind: 'text', nullGroup: 'owner', when: { path: 'owner.kind', is: ['company'] } },
    { path: 'surfaceM2', kind: 'number', range: { min: 1, max: 10_000_000, unit: 'm²' } },
    { path: 'riskGrade', kind: 'select', options: RISK_GRADES, initial: 'low' },
    evidenceRows('photos'),
    comment,
  ],
  education_session: [
    { path: 'heldAt', kind: 'datetime' },
    { path: 'place', kind: 'text' },
    { path: 'audience', kind: 'select', options: AUDIENCES },
    { path: 'topics', kind: 'lines', wide: true },
    { path: 'expected', kind: 'integer', range: { min: 0, max: 10_000 } },
    { path: 'attended', kind: 'integer', range: { min: 0, max: 10_000 } },
    { path: 'facilitatorIds', kind: 'lines' },
    comment,
  ],
  election_oversight: [
    { path: 'heldAt', kind: 'datetime' },
    { path: 'centreName', kind: 'text' },
    { path: 'registeredVoters', kind: 'integer', range: { min: 0, max: 1_000_000 } },
    { path: 'votesCast', kind: 'integer', range: { min: 0, max: 1_000_000 } },
    {
      path: 'incidents',
      kind: 'rows',
      wide: true,
      fields: [
        { path: 'at', kind: 'datetime' },
        { path: 'code', kind: 'select', options: INCIDENT_CODES },
        { path: 'description', kind: 'text' },
      ],
    },
    comment,
  ],
  camera_review: [
    { path: 'clipRef', kind: 'text' },
    { path: 'cameraId', kind: 'text' },
    { path: 'recordedAt', kind: 'datetime' },
    { path: 'reviewedAt', kind: 'datetime' },
    { path: 'infraction', kind: 'select', options: CAMERA_INFRACTIONS },
    { path: 'plate', kind: 'text', nullable: true },
    { path: 'decision', kind: 'select', options: CAMERA_DECISIONS },
    { path: 'discardReason', kind: 'select', options: DISCARD_REASONS, nullable: true, when: { path: 'decision', is: ['discard'] } },
    comment,
  ],
};

/**
 * A finding's fields. A warning, a notice and an acta say who they are against (finding-identity.ts). The record's
 * kind is the outcome; its place's coordinates are the operation's (added when the finding is built); the promoter's
 * options are the operation's reserved people (given at render time).
 */
const recordOnly = { path: 'outcome', is: ['notice', 'acta'] } as const;
export const FINDING_FIELDS: readonly FieldSpec[] = [
  { path: 'outcome', kind: 'select', options: FINDING_OUTCOMES },
  { path: 'to', kind: 'select', options: REFERRAL_TARGETS, when: { path: 'outcome', is: ['referral'] } },
  { path: 'agency', kind: 'text', optional: true, when: { path: 'outcome', is: ['referral'] } },
  ...WARNING_OFFENDER_FIELDS,
  ...RECORD_OFFENDER_FIELDS,
  { path: 'record.legalBasis.norm', kind: 'select', options: NORMS, initial: 'ord_12468', when: recordOnly },
  { path: 'record.legalBasis.article', kind: 'integer', range: { min: 1, max: 999 }, when: recordOnly },
  { path: 'record.legalBasis.suffix', kind: 'select', options: ['bis', 'ter', 'quater'], optional: true, when: recordOnly },
  { path: 'record.place.address', kind: 'text', when: recordOnly, wide: true },
  { path: 'record.occurredAt', kind: 'datetime', when: recordOnly },
  { path: 'record.deadline', kind: 'datetime', when: { path: 'outcome', is: ['notice'] } },
  { path: 'record.promoterId', kind: 'select', when: recordOnly },
  { path: 'record.description', kind: 'textarea', when: recordOnly, wide: true, maxLength: 2000 },
  { ...evidenceRows('record.evidence'), when: recordOnly },
  comment,
];

export { MAX_COMMENT };

/** The result schema of a type. */
export const resultSchemaOf = (type: OperationType): z.ZodType => OPERATION_RESULT_SCHEMAS[type];

/** What the form shows as the verdict of a result (codes; the view writes the sentences). */
export type VerdictView =
  | { readonly kind: 'alcohol'; readonly tests: readonly (AlcoholVerdict | null)[] }
  | { readonly kind: 'status'; readonly status: string; readonly reasons: readonly string[]; readonly facts: readonly VerdictFact[] }
  | { readonly kind: 'facts'; readonly facts: readonly VerdictFact[] }
  | { readonly kind: 'no_settings' };

export type VerdictFact =
  | { readonly fact: 'period'; readonly value: 'day' | 'night' }
  | {
      readonly fact: 'limitDb' | 'excessDb' | 'occupancyPct' | 'seizedUnits' | 'attendancePct' | 'turnoutPct';
      readonly value: number | null;
    }
  | { readonly fact: 'lastDay'; readonly value: string }
  | { readonly fact: 'fineRange'; readonly min: number; readonly max: number }
  | { readonly fact: 'allowed'; readonly value: readonly string[] }
  | { readonly fact: 'requiredMeasures'; readonly value: readonly string[] };

/** The dated settings the console has (the hub's, from 'settings.list'); DOMAIN.md's defaults until it has any. */
export type SettingEntries = readonly SettingEntry[];

function rulesAt<K extends SettingKey>(entries: SettingEntries, keys: readonly K[], instant: number) {
  const found = settingsAt(entries.length > 0 ? entries : DEFAULT_SETTINGS, keys, instant);
  return found.ok ? found.values : null;
}

/** One alcohol test's verdict with the settings in force at its time; null while the row does not check. */
export function alcoholRowVerdict(
  candidate: unknown,
  entries: SettingEntries = DEFAULT_SETTINGS,
): { readonly test: AlcoholResult; readonly verdict: AlcoholVerdict } | null {
  const parsed = AlcoholResultSchema.safeParse(candidate);
  if (!parsed.success) return null;
  const rules = rulesAt(entries, ALCOHOL_SETTING_KEYS, parsed.data.testedAt);
  return rules ? { test: parsed.data, verdict: alcoholVerdict(parsed.data, rules) } : null;
}

/** The verdict of a checked result of `type` (any non-alcohol type; alcohol is judged row by row). */
export function resultVerdict(
  type: Exclude<OperationType, 'alcohol_test'>,
  result: unknown,
  entries: SettingEntries = DEFAULT_SETTINGS,
): VerdictView {
  switch (type) {
    case 'noise_check': {
      const r = result as Parameters<typeof noiseVerdict>[0];
      const rules = rulesAt(entries, NOISE_SETTING_KEYS, r.measuredAt);
      if (!rules) return { kind: 'no_settings' };
      const v = noiseVerdict(r, rules);
      return {
        kind: 'status',
        status: v.status,
        reasons: v.reasons,
        facts: [
          { fact: 'period', value: v.period },
          { fact: 'limitDb', value: v.limitDb },
          { fact: 'excessDb', value: v.excessDb },
        ],
      };
    }
    case 'public_event': {
      const r = result as Parameters<typeof publicEventVerdict>[0];
      const rules = rulesAt(entries, PUBLIC_EVENT_SETTING_KEYS, r.observedAt);
      if (!rules) return { kind: 'no_settings' };
      const v = publicEventVerdict(r, rules);
      return {
        kind: 'status',
        status: v.status,
        reasons: v.reasons,
        facts: [
          { fact: 'occupancyPct', value: v.occupancyPct },
          ...(v.requiredMeasures.length ? [{ fact: 'requiredMeasures' as const, value: v.requiredMeasures }] : []),
        ],
      };
    }
    case 'street_vending': {
      const r = result as Parameters<typeof streetVendingVerdict>[0];
      const rules = rulesAt(entries, STREET_VENDING_SETTING_KEYS, r.observedAt);
      if (!rules) return { kind: 'no_settings' };
      const v = streetVendingVerdict(r, rules);
      return { kind: 'status', status: v.status, reasons: v.reasons, facts: [{ fact: 'seizedUnits', value: v.seizedUnits }] };
    }
    case 'vacant_lot': {
      const r = result as { inspectedAt: number; surfaceM2: number };
      const rules = rulesAt(entries, VACANT_LOT_SETTING_KEYS, r.inspectedAt);
      if (!rules) return { kind: 'no_settings' };
      const notice = vacantLotNotice(r.inspectedAt, rules);
      const fine = art208FineRange(r.surfaceM2, rules);
      return {
        kind: 'facts',
        facts: [
          { fact: 'lastDay', value: notice.lastDay },
          { fact: 'fineRange', min: fine.min, max: fine.max },
        ],
      };
    }
    case 'camera_review': {
      const r = result as Parameters<typeof cameraReviewDecision>[0] & { recordedAt: number };
      const rules = rulesAt(entries, CAMERA_SETTING_KEYS, r.recordedAt);
      if (!rules) return { kind: 'no_settings' };
      const v = cameraReviewDecision(r, rules);
      return {
        kind: 'status',
        status: v.ok ? 'decision_ok' : 'decision_not_allowed',
        reasons: v.reasons,
        facts: [{ fact: 'allowed', value: v.allowed }],
      };
    }
    case 'education_session':
      return { kind: 'facts', facts: [{ fact: 'attendancePct', value: attendancePct(result as Parameters<typeof attendancePct>[0]) }] };
    case 'election_oversight':
      return { kind: 'facts', facts: [{ fact: 'turnoutPct', value: turnoutPct(result as Parameters<typeof turnoutPct>[0]) }] };
  }
}
