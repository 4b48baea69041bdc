// Runs in: Node (tests only). The plan the write-path tests create and edit: a night alcohol checkpoint downtown.
export const CHECKPOINT_PLAN = {
  type: 'alcohol_test',
  barrio: 'Centro',
  address: 'Av. Colón 500',
  plannedStart: Date.UTC(2026, 10, 28, 2),
  plannedEnd: Date.UTC(2026, 10, 28, 6),
  shift: 'night',
  team: 'Equipo 05',
} as const;
