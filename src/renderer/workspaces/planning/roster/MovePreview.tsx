// Where a moved operation would land and which conflicts that would add: shown on the cell under a dragged card
// and in the "Mover…" dialog.
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/roster/types.ts';
import type { MovePatch } from './roster-model.ts';
import type { RosterText } from './use-roster-text.ts';

export interface MovePreviewState {
  /** null: the operation is already there. */
  readonly patch: MovePatch | null;
  readonly added: readonly Conflict[];
}

interface MovePreviewProps {
  readonly state: MovePreviewState;
  readonly text: RosterText;
  readonly testId: string;
}

export function MovePreview({ state: { patch, added }, text, testId }: MovePreviewProps) {
  const { t } = useTranslation();
  return (
    <p className="roster-card__preview" data-testid={testId} aria-live="polite">
      {patch === null
        ? t('roster.move.sameCell')
        : `${t('roster.move.newTimes', { start: text.dayTime(patch.plannedStart), end: text.dayTime(patch.plannedEnd) })} · ${
            added.length === 0
              ? t('roster.move.noConflicts')
              : `${t('roster.move.conflicts', { count: added.length })} ${added.map((c) => text.conflict(c)).join(' ')}`
          }`}
    </p>
  );
}
