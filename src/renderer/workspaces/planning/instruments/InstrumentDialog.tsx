// A change to the equipment as a modal form (components/MutationDialog.tsx) in this view's words: adding an
// instrument, recording a calibration. Sent through 'records.mutate'.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { MutationDialog } from '../../../components/MutationDialog.tsx';

export interface InstrumentDialogDone {
  readonly onClose: () => void;
  /** The change went through: the sentence saying so. */
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

interface InstrumentDialogProps extends InstrumentDialogDone {
  readonly title: string;
  readonly explain: string;
  readonly submitLabel: string;
  readonly done: string;
  readonly testId: string;
  readonly problemCount: number;
  readonly prepare: () => Mutation | null;
  /** This dialog's own sentence for a refusal reason (else the errors dictionary's). */
  readonly refusal?: (reason: string) => string | undefined;
  readonly children: ReactNode;
}

export function InstrumentDialog({ done, onDone, submitLabel, refusal, ...props }: InstrumentDialogProps) {
  const { t } = useTranslation('instruments');
  return (
    <MutationDialog
      {...props}
      labels={{
        close: t('dialog.close'),
        submit: submitLabel,
        saving: t('dialog.saving'),
        cancel: t('dialog.cancel'),
        problems: (count) => t('dialog.problems', { count }),
      }}
      className="instrument-dialog"
      submitTestId={`${props.testId}-submit`}
      failure={{ failed: t('dialog.failed'), refused: t('dialog.refused'), forbidden: t('dialog.forbidden'), refusal }}
      failureTestId={`${props.testId}-refused`}
      onDone={() => onDone(done)}
    />
  );
}
