// A write dialog (WriteDialog.tsx) that sends one change through 'records.mutate' (writes/use-mutation-write.ts):
// busy while it is on its way, and what did not go through said above the buttons in the owner's words
// (WriteFailureNotice.tsx). The owner keeps its fields, its checks and its words — a case's step, a notice's step,
// an incident's form, a trial.
import type { Mutation } from '../../shared/records/mutations.ts';
import { useMutationWrite } from '../writes/use-mutation-write.ts';
import { WriteDialog, type WriteDialogProps } from './WriteDialog.tsx';
import { WriteFailureNotice, type WriteFailureTexts } from './WriteFailureNotice.tsx';

interface MutationDialogProps extends Omit<WriteDialogProps, 'busy' | 'notice' | 'onSubmit'> {
  /** The change to send, or null when the form has marked its problems (nothing is sent). */
  readonly prepare: () => Mutation | null;
  readonly failure: WriteFailureTexts;
  /** The refusal's data-testid. */
  readonly failureTestId: string;
}

export function MutationDialog({ prepare, failure, failureTestId, ...dialog }: MutationDialogProps) {
  const write = useMutationWrite();
  const submit = (): 'problems' | Promise<boolean> => {
    write.dismiss();
    const mutation = prepare();
    return mutation === null ? 'problems' : write.send(mutation);
  };
  return (
    <WriteDialog
      {...dialog}
      busy={write.busy}
      notice={<WriteFailureNotice notice={write.notice} onDismiss={write.dismiss} texts={failure} testId={failureTestId} />}
      onSubmit={submit}
    />
  );
}
