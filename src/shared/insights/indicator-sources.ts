// The record kinds each indicator's figures come from. A role that does not read one of them has an incomplete picture
// in its cache (a coordinator's holds no complaints or court cases), so the core withholds that indicator from it
// rather than count what is missing as zero (core/insights/indicators/group.ts), and the workspace offers it nothing
// to compare. Warning follow-up and repeat offending count actas from complaints and re-inspections too.
import type { IndicatorId } from '../api/insights.ts';
import type { Role } from '../auth/roles.ts';
import { canRead } from '../records/permissions.ts';
import type { RecordEntity } from '../records/registry.ts';

const OPERATIONS = ['operation'] as const;
const FINDINGS = ['operation', 'notice', 'incident'] as const;
const COURT = ['court_case'] as const;
const COMPLAINTS = ['incident'] as const;

export const INDICATOR_SOURCES: Readonly<Record<IndicatorId, readonly RecordEntity[]>> = {
  compliance_without_sanction: ['notice'],
  warnings_not_followed: FINDINGS,
  operations_per_shift: OPERATIONS,
  people_reached_per_shift: OPERATIONS,
  alcohol_positivity: OPERATIONS,
  noise_exceedance: OPERATIONS,
  camera_notified: OPERATIONS,
  complaints_by_channel: COMPLAINTS,
  response_time: COMPLAINTS,
  repeat_offenders: FINDINGS,
  court_backlog: COURT,
  time_to_resolution: COURT,
  voluntary_payment_share: COURT,
};

/** Whether `readable` covers every kind the indicator counts. */
export const indicatorReadable = (id: IndicatorId, readable: (entity: RecordEntity) => boolean): boolean =>
  INDICATOR_SOURCES[id].every(readable);

/** What a role reads, as `indicatorReadable` asks it; null (nobody signed in, the console's own cache): everything. */
export const readerOf =
  (role: Role | null) =>
  (entity: RecordEntity): boolean =>
    role === null || canRead(role, entity);
