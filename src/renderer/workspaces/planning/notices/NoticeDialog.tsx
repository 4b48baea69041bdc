// A notice's step (notification, re-inspection result) as a modal form (components/MutationDialog.tsx): what it will
// do, its fields, how many need correcting, and the hub's or the core's refusal in words — the notice's own words
// where the generic ones speak of a court case ('term_open', 'not_notified'). Sent through 'records.mutate'.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { MutationDialog } from '../../../components/MutationDialog.tsx';
import { dialogLabels } from '../../../components/dialog-labels.ts';

/** Refusals whose generic sentence names a court case: the notice says its own. */
const OWN_REFUSALS = ['term_open', 'not_notified', 'invalid'] as const;

export interface NoticeDialogDone {
  readonly onClose: () => void;
  /** The change went through: the sentence saying so. */
  readonly onDone: (message: string) => void;
  readonly focusAfterDone: () => HTMLElement | null;
}

interface NoticeDialogProps {
  readonly title: string;
  readonly explain: ReactNode;
  readonly submitLabel: string;
  readonly testId: string;
  readonly problemCount: number;
  /** The change to send, or null when the form has marked its problems. */
  readonly prepare: () => Mutation | null;
  readonly onClose: () => void;
  readonly onDone: () => void;
  readonly focusAfterDone: () => HTMLElement | null;
  readonly children: ReactNode;
}

export function NoticeDialog(props: NoticeDialogProps) {
  const { title, explain, submitLabel, testId, problemCount, prepare, onClose, onDone, focusAfterDone, children } = props;
  const { t } = useTranslation('notices');
  const failure = {
    failed: t('dialog.failed'),
    refused: t('dialog.refused'),
    forbidden: t('dialog.forbidden'),
    refusal: (reason: string) => (isOneOf(OWN_REFUSALS, reason) ? t(`refusal.${reason}`) : undefined),
  };

  return (
    <MutationDialog
      title={title}
      explain={explain}
      labels={dialogLabels(t, 'dialog', submitLabel)}
      className="notice-dialog"
      testId={testId}
      submitTestId={`${testId}-submit`}
      problemCount={problemCount}
      prepare={prepare}
      failure={failure}
      failureTestId="notice-dialog-refused"
      onClose={onClose}
      onDone={onDone}
      focusAfterDone={focusAfterDone}
    >
      {children}
    </MutationDialog>
  );
}
