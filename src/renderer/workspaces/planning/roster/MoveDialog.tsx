// "Mover…": the keyboard way to move the chosen operation to another day and shift of the week (dragging its
// card onto a cell is the other). The new times and the conflicts they would add are shown before moving;
// Escape or "Cancelar" closes without a change.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHIFTS } from '../../../../shared/operations/codes.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import type { RosterCell } from '../../../../shared/roster/move.ts';
import type { RosterRules } from '../../../../shared/roster/types.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { FormField } from '../../../components/FormField.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { MovePreview, type MovePreviewState } from './MovePreview.tsx';
import type { RosterText } from './use-roster-text.ts';

interface MoveDialogProps {
  readonly operation: Operation;
  /** The cell the operation is in now (the starting choice). */
  readonly from: RosterCell;
  readonly days: readonly string[];
  readonly rules: RosterRules;
  readonly text: RosterText;
  readonly preview: (target: RosterCell) => MovePreviewState;
  readonly onMove: (target: RosterCell) => void;
  readonly onClose: () => void;
}

export function MoveDialog({ operation, from, days, rules, text, preview, onMove, onClose }: MoveDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState<RosterCell>(from);
  const state = preview(target);
  // Not autoFocus: React focuses on mount, before the dialog's showModal() moves focus to its first control.
  const daySelect = useRef<HTMLSelectElement>(null);
  useEffect(() => daySelect.current?.focus(), []);

  return (
    <ModalDialog
      open
      title={t('roster.move.title')}
      onClose={onClose}
      closeLabel={t('roster.move.cancel')}
      className="operation-dialog"
      testId="roster-move-dialog"
      returnFocusTo={() => document.getElementById(`roster-card-select-${operation.id}`)}
    >
      <form
        className="operation-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (state.patch) onMove(target);
        }}
      >
        <p className="operation-form__hint">{t('roster.move.intro', { operation: text.operation(operation.id) })}</p>
        <div className="operation-form__fields">
          <FormField id={`${id}-day`} label={t('roster.move.day')}>
            {(control) => (
              <select
                ref={daySelect}
                className="form-control"
                value={target.date}
                onChange={(e) => setTarget({ ...target, date: e.target.value })}
                {...control}
              >
                {days.map((day) => (
                  <option key={day} value={day}>
                    {text.day(day)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${id}-shift`} label={t('roster.move.shift')}>
            {(control) => (
              <select
                className="form-control"
                value={target.shift}
                onChange={(e) => {
                  const shift = e.target.value;
                  if (isOneOf(SHIFTS, shift)) setTarget({ ...target, shift });
                }}
                {...control}
              >
                {SHIFTS.map((shift) => (
                  <option key={shift} value={shift}>
                    {t('roster.shiftHeader', {
                      shift: t(`shift.${shift}`),
                      start: rules.shiftTimes[shift].start,
                      end: rules.shiftTimes[shift].end,
                    })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <MovePreview state={state} text={text} testId="roster-move-dialog-preview" />
        <div className="operation-form__actions">
          <button type="submit" className="button button--primary" disabled={!state.patch} data-testid="roster-move-submit">
            {t('roster.move.submit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
