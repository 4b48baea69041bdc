// The unit board's task cell: what the unit works on, as a link-like label. An incident's opens the incident panel
// on a click (and on Enter on the focused cell, which UnitBoard handles: the grid keeps the keyboard on its cells,
// so the button is not a tab stop of its own); an operation's is plain text (Despacho has no panel for it).
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { UnitRow } from '../../../shared/live/unit-row.ts';

export interface TaskCellParams {
  /** null: the signed-in role does not read incidents (the label says only what kind of task it is). */
  readonly onOpenIncident: ((id: string) => void) | null;
  /** The button's accessible name for a task label ("Ver el incidente: …"). */
  readonly openLabel: (task: string) => string;
}

export function TaskCell({
  data,
  valueFormatted,
  onOpenIncident,
  openLabel,
}: CustomCellRendererProps<UnitRow, string | null> & TaskCellParams) {
  const text = valueFormatted ?? '';
  const task = data?.task;
  if (task?.kind !== 'incident' || !onOpenIncident) return <span data-testid="unit-task">{text}</span>;
  return (
    <button
      type="button"
      className="unit-task"
      tabIndex={-1}
      aria-label={openLabel(text)}
      title={openLabel(text)}
      data-testid="unit-task"
      data-incident-id={task.id}
      onClick={() => onOpenIncident(task.id)}
    >
      {text}
    </button>
  );
}
