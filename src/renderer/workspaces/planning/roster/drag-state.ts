// What is being dragged right now (a person or resource, or an operation card), for the drop preview: during dragover the browser lets a page see only the
// types of the dragged data, not the data itself. The drop reads the data (and falls back to this).
import type { RosterItemRef } from './roster-model.ts';

export const draggedItem: { current: RosterItemRef | null } = { current: null };

/** The id of the operation card being dragged to another day or shift. */
export const draggedOperation: { current: string | null } = { current: null };
