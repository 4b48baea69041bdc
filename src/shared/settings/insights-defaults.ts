// Indicadores' and the notice follow-up's settings the console starts with (issue 14). The sources give the
// vacant-lot deadline (3 days, its own key) and no other notice deadlines or counting windows: these are working
// values for an administrator to confirm or replace as new dated entries.
import type { SettingEntry } from './dated.ts';

const PROGRAM_START = '2020-01-01';
const WORKING_VALUE = 'working value: the sources give none, confirm with the program';

export const INSIGHTS_DEFAULT_SETTINGS: readonly SettingEntry[] = [
  {
    key: 'notices.deadlineDays',
    effectiveFrom: PROGRAM_START,
    value: { camera: 10, noise: 10, alcohol: 5, public_event: 5, street_vending: 5, other: 10 },
    note: WORKING_VALUE,
  },
  {
    key: 'insights.rules',
    effectiveFrom: PROGRAM_START,
    value: { warningFollowUpMonths: 6, repeatOffenderFindings: 2, repeatWindowMonths: 12, minSample: 30 },
    note: WORKING_VALUE,
  },
];
