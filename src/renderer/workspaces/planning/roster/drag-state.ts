// What is being dragged right now, for the drop preview: during dragover the browser lets a page see only the
// types of the dragged data, not the data itself. The drop reads the data (and falls back to this).
import type { RosterItemRef } from './roster-model.ts';

export const draggedItem: { current: RosterItemRef | null } = { current: null };
