// The warning, acta or notice an incident closes with, on the operations' own finding form (operation-form/closing:
// FINDING_FIELDS, the records namespace's labels): a warning says who was warned; an acta's or notice's record is the
// court's — offender, legal basis, place, time, description, evidence, promoter. The form's outcome is the close's
// (advertencia, acta labrada or emplazamiento), so its outcome and referral fields are left out; the place's
// coordinates are the incident's, and it names no operation.
import type { IncidentPlace } from '../../../../shared/records/incident-schema.ts';
import { FindingSchema, type Finding } from '../../../../shared/rules/findings.ts';
import { FINDING_FIELDS } from '../../../operation-form/closing/result-specs.ts';
import { checkSpecForm, initialSpecValues, type RowValues, type SpecChecked, type SpecValues } from '../../../spec-form/spec-form.ts';
import { toCordobaDateTimeInput } from '../../../writes/cordoba-datetime.ts';

export type FindingOutcomeOfClose = 'warning' | 'acta' | 'notice';

const CLOSE_DECIDES = ['outcome', 'to', 'agency'];
export const INCIDENT_FINDING_FIELDS = FINDING_FIELDS.filter((spec) => !CLOSE_DECIDES.includes(spec.path));

/** A new finding: the incident's place and description, now, the first promoter offered (for an acta or notice). */
export function newIncidentFinding(
  outcome: FindingOutcomeOfClose,
  incident: { readonly place: IncidentPlace; readonly description: string },
  promoterId: string,
  now: number,
): Record<string, string | RowValues[]> {
  return {
    ...initialSpecValues(INCIDENT_FINDING_FIELDS),
    // Not a field: it shows the record's fields (their `when`) and says which record to build.
    outcome,
    'record.place.address': incident.place.address ?? incident.place.barrio,
    'record.occurredAt': toCordobaDateTimeInput(now),
    'record.promoterId': promoterId,
    'record.description': incident.description,
  };
}

export function checkIncidentFinding(place: IncidentPlace, values: SpecValues): SpecChecked<Finding> {
  const outcome = values.outcome;
  return checkSpecForm(INCIDENT_FINDING_FIELDS, values, FindingSchema, (candidate) => {
    if (outcome === 'warning') return { ...candidate, outcome };
    const record = (candidate.record ?? {}) as Record<string, unknown>;
    const where = (record.place ?? {}) as Record<string, unknown>;
    return { ...candidate, outcome, record: { ...record, kind: outcome, place: { ...where, lat: place.lat, lng: place.lng } } };
  });
}
