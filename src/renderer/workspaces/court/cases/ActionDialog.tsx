// One case action as a small modal form (components/MutationDialog.tsx): what it will do (in words, before anything is
// sent), its fields, the problems next to them, and the hub's or the core's refusal in words. Focus starts on the
// first field and returns to the action's button — or, once the change went through (the button may be gone with the
// step taken), to wherever the case view says.
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import { WriteFailureNotice, type WriteFailureTexts } from '../../../components/WriteFailureNotice.tsx';
import { formatIsoDate } from '../../../i18n/format.ts';
import type { FormNotice } from '../../../operation-form/form-notice.ts';
import type { ActionProblem, Checked, Problems } from './action-forms.ts';
import { dialogLabels } from '../../../components/dialog-labels.ts';

export interface ActionDialogProps<F extends string> {
  readonly title: string;
  readonly explain: ReactNode;
  readonly submitLabel: string;
  readonly testId: string;
  /** The form's mutation, or its problems by field. */
  readonly check: () => Checked<F>;
  /** The days a problem message names ("no puede ser posterior a hoy (10/12/2026)"). */
  readonly dates?: { readonly today?: string; readonly due?: string | null };
  /** The fields, given each field's problem in words (null: none). */
  readonly children?: (problem: (field: F) => string | null) => ReactNode;
  readonly onClose: () => void;
  readonly onDone: () => void;
  /** Where focus goes once the change went through. */
  readonly focusAfterDone: () => HTMLElement | null;
}

export function ActionDialog<F extends string>(props: ActionDialogProps<F>) {
  const { title, explain, submitLabel, testId, check, dates, children, onClose, onDone, focusAfterDone } = props;
  const { t, i18n } = useTranslation('courtDesk');
  const [problems, setProblems] = useState<Problems<F>>({});

  const day = (iso: string | null | undefined) => (iso ? formatIsoDate(iso, i18n.language) : '');
  const problem = (field: F): string | null => {
    const code: ActionProblem | undefined = problems[field];
    return code ? t(`actions.problem.${code}`, { today: day(dates?.today), due: day(dates?.due) }) : null;
  };

  const prepare = () => {
    const checked = check();
    setProblems(checked.ok ? {} : checked.problems);
    return checked.ok ? checked.mutation : null;
  };

  return (
    <MutationDialog
      title={title}
      explain={explain}
      labels={dialogLabels(t, 'actions', submitLabel)}
      className="case-action-dialog"
      testId={testId}
      submitTestId="case-action-submit"
      fieldsClassName="write-form__grid"
      problemCount={Object.keys(problems).length}
      prepare={prepare}
      failure={actionFailureTexts(t)}
      failureTestId={ACTION_REFUSED_TEST_ID}
      onClose={onClose}
      onDone={onDone}
      focusAfterDone={focusAfterDone}
    >
      {children?.(problem)}
    </MutationDialog>
  );
}

const ACTION_REFUSED_TEST_ID = 'case-action-refused';

const actionFailureTexts = (t: TFunction<'courtDesk'>): WriteFailureTexts => ({
  failed: t('actions.failed'),
  refused: t('actions.refused'),
  forbidden: t('actions.forbidden'),
});

/** A refusal in words (the hub's or the core's reason), the role's limit, or any other failure. */
export function ActionNotice({ notice, onDismiss }: { readonly notice: FormNotice; readonly onDismiss: () => void }) {
  const { t } = useTranslation('courtDesk');
  return <WriteFailureNotice notice={notice} onDismiss={onDismiss} texts={actionFailureTexts(t)} testId={ACTION_REFUSED_TEST_ID} />;
}
