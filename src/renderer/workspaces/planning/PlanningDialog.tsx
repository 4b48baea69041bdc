// A change to Planificación's records as a modal form (components/MutationDialog.tsx) in its view's words — adding
// an instrument or a vehicle, recording a calibration (Equipamiento: 'instruments'); adding or changing a person,
// their absences (Personal: 'people'). Both dictionaries carry the same `dialog.*` frame texts. Sent through
// 'records.mutate'.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mutation } from '../../../shared/records/mutations.ts';
import { MutationDialog } from '../../components/MutationDialog.tsx';
import { dialogLabels } from '../../components/dialog-labels.ts';

export interface PlanningDialogDone {
  readonly onClose: () => void;
  /** The change went through: the sentence saying so. */
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

interface PlanningDialogProps extends PlanningDialogDone {
  /** Whose words: Equipamiento's or Personal's. */
  readonly namespace: 'instruments' | 'people';
  readonly title: string;
  readonly explain: ReactNode;
  readonly submitLabel: string;
  readonly done: string;
  readonly testId: string;
  readonly problemCount: number;
  readonly prepare: () => Mutation | null;
  /** This dialog's own sentence for a refusal reason (else the errors dictionary's). */
  readonly refusal?: (reason: string) => string | undefined;
  readonly children?: ReactNode;
}

export function PlanningDialog({ namespace, done, onDone, submitLabel, refusal, ...props }: PlanningDialogProps) {
  const { t } = useTranslation(namespace);
  return (
    <MutationDialog
      {...props}
      labels={dialogLabels(t, 'dialog', submitLabel)}
      className="instrument-dialog"
      submitTestId={`${props.testId}-submit`}
      failure={{ failed: t('dialog.failed'), refused: t('dialog.refused'), forbidden: t('dialog.forbidden'), refusal }}
      failureTestId={`${props.testId}-refused`}
      onDone={() => onDone(done)}
    />
  );
}
