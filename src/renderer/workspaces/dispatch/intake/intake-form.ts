// What the "Nueva denuncia" form edits (strings, as its inputs hold them) and how it becomes a mutation: a new
// incident ('incident.open') or another complaint linked to an open one ('incident.linkComplaint'). The checks
// are the mutations' own field schemas (shared/records/incident.ts, ComplaintSchema, IncidentPlaceSchema), so
// the form says before sending exactly what the core and the hub would answer; the core's own issues
// ('mutation.complaint.reporter.phone') map back onto the same fields.
import type { ApiIssue } from '../../../../shared/api/result.ts';
import type { LatLng } from '../../../../shared/live/geodesy.ts';
import {
  COMPLAINT_CHANNELS,
  INCIDENT_CATEGORIES,
  type ComplaintChannel,
  type IncidentCategory,
} from '../../../../shared/dispatch/codes.ts';
import { incidentKind } from '../../../../shared/records/incident.ts';
import type { IncidentPlace } from '../../../../shared/records/incident-schema.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';

export const INTAKE_FIELDS = [
  'channel',
  'category',
  'overridePriority',
  'overrideReason',
  'barrio',
  'address',
  'description',
  'reporterName',
  'reporterPhone',
  'reporterEmail',
  'appReference',
  'photos',
  'cameraId',
  'clipRef',
] as const;
export type IntakeField = (typeof INTAKE_FIELDS)[number];

export interface IntakeValues {
  readonly channel: ComplaintChannel | '';
  readonly category: IncidentCategory | '';
  /** The dispatcher sets the priority instead of the rules' (always with a reason). */
  readonly override: boolean;
  /** '1' … '4' ('' while none is chosen). */
  readonly overridePriority: string;
  readonly overrideReason: string;
  readonly barrio: string;
  readonly address: string;
  readonly description: string;
  readonly reporterName: string;
  readonly reporterPhone: string;
  readonly reporterEmail: string;
  readonly appReference: string;
  /** One photo reference per line. */
  readonly photos: string;
  readonly cameraId: string;
  readonly clipRef: string;
}

export const EMPTY_INTAKE: IntakeValues = {
  channel: '',
  category: '',
  override: false,
  overridePriority: '',
  overrideReason: '',
  barrio: '',
  address: '',
  description: '',
  reporterName: '',
  reporterPhone: '',
  reporterEmail: '',
  appReference: '',
  photos: '',
  cameraId: '',
  clipRef: '',
};

/** Field messages (i18n keys under intake:problem). */
export const INTAKE_PROBLEMS = ['required', 'too_long', 'too_many', 'unknown_barrio', 'not_located', 'invalid'] as const;
export type IntakeProblem = (typeof INTAKE_PROBLEMS)[number];
export type IntakeProblems = Partial<Record<IntakeField, IntakeProblem>>;

export type IntakeChecked<K extends Mutation['kind']> =
  | { readonly ok: true; readonly value: Extract<Mutation, { readonly kind: K }> }
  | { readonly ok: false; readonly problems: IntakeProblems };

/** What a complaint of each channel carries besides the common fields (a field not shown is not sent). */
export function channelDetails(channel: ComplaintChannel | ''): {
  readonly app: boolean;
  readonly photos: boolean;
  readonly camera: boolean;
} {
  return { app: channel === 'citizens_app', photos: channel === 'citizens_app' || channel === 'whatsapp', camera: channel === 'camera' };
}

/** The ids a form sends with: made when it opens, so sending again after a lost answer cannot open a second incident. */
export interface IntakeIds {
  readonly incidentId: string;
  readonly complaintId: string;
}

/** A complaint being taken: kept while the form steps aside for a point to be picked on the map. */
export interface IntakeDraft {
  readonly ids: IntakeIds;
  /** When the form opened: when the complaint came in. */
  readonly receivedAt: number;
  readonly values: IntakeValues;
  /** The point picked on the map (then the place is exactly there), or null: the barrio and address are geocoded. */
  readonly point: LatLng | null;
}

/** A schema path ('complaint.reporter.phone', 'priorityOverride.reason', 'place.lat', 'mutation.description') → its field. */
export function intakeField(path: string | readonly PropertyKey[]): IntakeField | null {
  const all = typeof path === 'string' ? path.split('.') : path.map(String);
  const parts = all[0] === 'mutation' ? all.slice(1) : all;
  const [head, next] = parts;
  if (head === 'category' || head === 'description') return head;
  if (head === 'place') return next === 'address' ? 'address' : 'barrio';
  if (head === 'priorityOverride') return next === 'reason' ? 'overrideReason' : 'overridePriority';
  if (head !== 'complaint') return null;
  const third = parts[2];
  switch (next) {
    case 'channel':
    case 'appReference':
    case 'photos':
      return next;
    case 'description':
      return 'description';
    case 'reporter':
      return third === 'phone' ? 'reporterPhone' : third === 'email' ? 'reporterEmail' : 'reporterName';
    case 'camera':
      return third === 'clipRef' ? 'clipRef' : 'cameraId';
    default:
      return null;
  }
}

/** A schema message key or zod issue code → the field message. */
function problemOf(code: string): IntakeProblem {
  if (isOneOf(INTAKE_PROBLEMS, code)) return code;
  if (code === 'camera_clip' || code === 'too_small' || code === 'invalid_type' || code === 'invalid_value') return 'required';
  if (code === 'too_big') return 'too_long';
  return 'invalid';
}

/** zod's issues carry the schema's message key ('too_many') beside their code ('too_big'); the core's, the key as code. */
interface Issue {
  readonly path: string | readonly PropertyKey[];
  readonly code: string;
  readonly message?: string;
}

function problemsOf(issues: readonly Issue[]): IntakeProblems {
  const problems: { -readonly [F in IntakeField]?: IntakeProblem } = {};
  for (const issue of issues) {
    const field = intakeField(issue.path);
    if (field !== null) problems[field] ??= problemOf(isOneOf(INTAKE_PROBLEMS, issue.message) ? issue.message : issue.code);
  }
  return problems;
}

/** The core's invalid_input issues by field (the first of a field wins); `rest` belong to no field of the form. */
export function issuesToIntakeProblems(issues: readonly ApiIssue[]): { problems: IntakeProblems; rest: ApiIssue[] } {
  return { problems: problemsOf(issues), rest: issues.filter((issue) => intakeField(issue.path) === null) };
}

const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The complaint as ComplaintSchema reads it: empty optional parts left out (a reporter with nothing is null). */
function complaintCandidate(values: IntakeValues, id: string, receivedAt: number): Record<string, unknown> {
  const details = channelDetails(values.channel);
  const reporter = {
    name: optionalText(values.reporterName),
    phone: optionalText(values.reporterPhone),
    email: optionalText(values.reporterEmail),
  };
  const given = Object.fromEntries(Object.entries(reporter).filter(([, text]) => text !== undefined));
  return {
    id,
    channel: values.channel,
    receivedAt,
    description: values.description.trim(),
    reporter: Object.keys(given).length > 0 ? given : null,
    appReference: details.app ? (optionalText(values.appReference) ?? null) : null,
    photos: details.photos
      ? values.photos
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '')
      : [],
    camera: details.camera ? { cameraId: values.cameraId.trim(), clipRef: values.clipRef.trim() } : null,
  };
}

/** Choices the schema cannot name by themselves: an empty select is "required", not "invalid" (the override's only for a new incident). */
function choiceProblems(values: IntakeValues, withCategory: boolean): IntakeProblems {
  return {
    ...(isOneOf(COMPLAINT_CHANNELS, values.channel) ? {} : { channel: 'required' }),
    ...(!withCategory || isOneOf(INCIDENT_CATEGORIES, values.category) ? {} : { category: 'required' }),
    ...(withCategory && values.override && values.overridePriority === '' ? { overridePriority: 'required' } : {}),
  };
}

export interface NewIncidentInput {
  readonly values: IntakeValues;
  /** Where, as geocoded or picked on the map; null while it is not known. */
  readonly place: IncidentPlace | null;
  readonly ids: IntakeIds;
  /** When the complaint came in (the form opened): its priority is the rules' at that time. */
  readonly receivedAt: number;
}

/** The 'incident.open' mutation of the form, or every problem by field. */
export function checkNewIncident({ values, place, ids, receivedAt }: NewIncidentInput): IntakeChecked<'incident.open'> {
  const candidate = {
    id: ids.incidentId,
    category: values.category,
    priorityOverride: values.override
      ? { priority: values.overridePriority === '' ? undefined : Number(values.overridePriority), reason: values.overrideReason.trim() }
      : null,
    place: place ?? undefined,
    description: values.description.trim(),
    complaint: complaintCandidate(values, ids.complaintId, receivedAt),
  };
  const parsed = incidentKind.mutations['incident.open'].fields.strict().safeParse(candidate);
  const problems: IntakeProblems = {
    ...choiceProblems(values, true),
    ...(place === null ? { barrio: values.barrio.trim() === '' ? 'required' : 'not_located' } : {}),
  };
  const found = { ...(parsed.success ? {} : problemsOf(parsed.error.issues)), ...problems };
  if (parsed.success && Object.keys(found).length === 0) return { ok: true, value: { kind: 'incident.open', ...parsed.data } };
  return { ok: false, problems: found };
}

/** The 'incident.linkComplaint' mutation: the complaint alone joins `incidentId` (its category and place are the incident's). */
export function checkLinkedComplaint(
  values: IntakeValues,
  incidentId: string,
  complaintId: string,
  receivedAt: number,
): IntakeChecked<'incident.linkComplaint'> {
  const candidate = { id: incidentId, complaint: complaintCandidate(values, complaintId, receivedAt) };
  const parsed = incidentKind.mutations['incident.linkComplaint'].fields.strict().safeParse(candidate);
  const found = { ...(parsed.success ? {} : problemsOf(parsed.error.issues)), ...choiceProblems(values, false) };
  if (parsed.success && Object.keys(found).length === 0) return { ok: true, value: { kind: 'incident.linkComplaint', ...parsed.data } };
  return { ok: false, problems: found };
}
