import type { Messages } from '../types.ts';
import type esAR from '../es-AR/field-health.ts';

export default {
  heading: 'Patrol device clocks',
  description:
    "Position reports the hub refused because the device's clock was further ahead of or behind its own than tolerated, per unit, since the hub started. A device with refusals needs its date and time checked: until then the board does not show its positions.",
  tolerance: 'Tolerance in force: up to {{ahead}} s ahead and {{behind}} s behind; it is changed under «Regulations».',
  noTolerance: 'No tolerance is in force: the hub refuses no report for its clock.',
  since: 'Counted since {{since}}.',
  loading: 'Asking the hub…',
  loadFailed: 'Could not ask the hub.',
  refresh: 'Refresh',
  none: "No report refused for its device's clock.",
  tableLabel: 'Refused reports per unit',
  column: {
    unit: 'Unit',
    ahead: 'Ahead',
    behind: 'Behind',
    lastDeviceTime: 'Last refused: device time',
    lastRefusedAt: 'Refused at',
  },
} satisfies Messages<typeof esAR>;
