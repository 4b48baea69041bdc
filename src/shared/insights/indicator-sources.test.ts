import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../api/insights.ts';
import type { Role } from '../auth/roles.ts';
import { indicatorReadable, readerOf } from './indicator-sources.ts';

const OPERATIONS = ['operations_per_shift', 'people_reached_per_shift', 'alcohol_positivity', 'noise_exceedance', 'camera_notified'];
const COURT = ['court_backlog', 'time_to_resolution', 'voluntary_payment_share'];

describe('which indicators a role may see', () => {
  it.each<[Role | null, readonly string[]]>([
    [null, INDICATOR_IDS],
    ['administrator', INDICATOR_IDS],
    ['coordinator', ['compliance_without_sanction', ...OPERATIONS]],
    ['dispatcher', [...OPERATIONS, 'complaints_by_channel', 'response_time']],
    ['court_clerk', [...OPERATIONS, ...COURT]],
    ['judge', [...OPERATIONS, ...COURT]],
  ])('%s', (role, shown) => {
    expect(INDICATOR_IDS.filter((id) => indicatorReadable(id, readerOf(role)))).toEqual(shown);
  });
});
