// The demo's own dated settings, beyond the defaults every hub is seeded with. The sources give the UEM's value only
// from August 2025 (defaults.ts), but the demo's court notified and resolved cases for years before that: without
// a value of the day nothing could be notified or signed. These entries are illustrative — they follow the peso's
// inflation back from the published value — and say so in their note; a real hub never gets them.
import type { SettingEntry } from '../settings/dated.ts';

const NOTE = 'demo: valor ilustrativo (las fuentes solo dan el de agosto de 2025)';

export const DEMO_SETTINGS: readonly SettingEntry[] = [
  { key: 'court.uemValueArs', effectiveFrom: '2022-01-01', value: 420, note: NOTE },
  { key: 'court.uemValueArs', effectiveFrom: '2022-07-01', value: 610, note: NOTE },
  { key: 'court.uemValueArs', effectiveFrom: '2023-01-01', value: 980, note: NOTE },
  { key: 'court.uemValueArs', effectiveFrom: '2023-07-01', value: 1_650, note: NOTE },
  { key: 'court.uemValueArs', effectiveFrom: '2024-01-01', value: 3_900, note: NOTE },
  { key: 'court.uemValueArs', effectiveFrom: '2024-07-01', value: 6_700, note: NOTE },
  { key: 'court.uemValueArs', effectiveFrom: '2025-01-01', value: 8_900, note: NOTE },
];
