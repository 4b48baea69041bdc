// The namespaces Indicadores' text helpers read: its own, and the code labels other workspaces already word (complaint
// channels, case statuses, operation types and shifts, offence categories), so a label is written once.
import type { TFunction } from 'i18next';

export const INSIGHTS_NAMESPACES = ['insights', 'incidents', 'courtDesk', 'ui', 'datedSettings'] as const;
export type InsightsT = TFunction<typeof INSIGHTS_NAMESPACES>;
