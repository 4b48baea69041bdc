// Socket.IO rooms of /console: one per kind of shared record. A console joins the rooms of the entities its
// role may read (shared/live/permissions.ts); live changes — and, for units, positions — go to that room only.
import type { LiveEntity } from '../../shared/live/permissions.ts';

export const roomOf = (entity: LiveEntity): string => `entity:${entity}`;
