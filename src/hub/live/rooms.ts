// Socket.IO rooms of /console: one per kind of shared record. A console joins the rooms of the entities its
// role may read (the kind's readers, src/shared/records/); live changes — and, for units, positions — go to that room only.
import type { RecordEntity } from '../../shared/records/registry.ts';

export const roomOf = (entity: RecordEntity): string => `entity:${entity}`;
