// One of the incident panel's forms as a modal dialog (components/MutationDialog.tsx: what it will do, its fields, how
// many of them need correcting, and the hub's or the core's refusal in words). Nothing is sent while the form has
// problems. Once the change went through the dialog closes and the panel says so; focus goes back to the button that
// opened it, or — when the step ended the incident and that button is gone — to the incident's title.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import { INCIDENT_REFUSED_TEST_ID, incidentFailureTexts } from './WriteNotice.tsx';

export interface DialogDone {
  readonly onClose: () => void;
  /** The change went through: the sentence saying so. */
  readonly onDone: (message: string) => void;
  /** Where focus goes once the change went through (null: back to the opener). */
  readonly focusAfterDone: () => HTMLElement | null;
}

interface IncidentDialogProps extends DialogDone {
  readonly title: string;
  readonly explain?: string;
  readonly submitLabel: string;
  readonly doneMessage: string;
  readonly testId: string;
  /** The change to send (made at `at`), or null when the form has marked its problems. */
  readonly prepare: (at: number) => Mutation | null;
  readonly problemCount: number;
  readonly children: ReactNode;
}

export function IncidentDialog(props: IncidentDialogProps) {
  const { title, explain, submitLabel, doneMessage, testId, prepare, problemCount, children, onClose, onDone, focusAfterDone } = props;
  const { t } = useTranslation('incidentDesk');
  return (
    <MutationDialog
      title={title}
      explain={explain}
      labels={{
        close: t('dialog.closeLabel'),
        submit: submitLabel,
        saving: t('form.saving'),
        cancel: t('form.back'),
        problems: (count) => t('form.problems', { count }),
      }}
      className="incident-dialog"
      testId={testId}
      submitTestId={`${testId}-submit`}
      problemCount={problemCount}
      prepare={() => prepare(Date.now())}
      failure={incidentFailureTexts(t)}
      failureTestId={INCIDENT_REFUSED_TEST_ID}
      onClose={onClose}
      onDone={() => onDone(doneMessage)}
      focusAfterDone={focusAfterDone}
    >
      {children}
    </MutationDialog>
  );
}
