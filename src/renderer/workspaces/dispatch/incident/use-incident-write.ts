// One change from the incident panel (assign, release, a unit's status, a check-in, a dialog's form), sent by the one
// write hook (writes/use-mutation-write.ts) and stamped with the instant it is sent; a sentence when it went through,
// or the refusal, the role's limit or the failure, shown by WriteNotice.
import { useCallback } from 'react';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import type { FormNotice } from '../../../operation-form/form-notice.ts';
import { useMutationWrite } from '../../../writes/use-mutation-write.ts';

export interface IncidentWrite {
  readonly busy: boolean;
  readonly notice: FormNotice;
  /** Sends the change made at this instant; true once it is in the cache and queued (`done` is then the notice). */
  send(change: (at: number) => Mutation, done: string): Promise<boolean>;
  dismiss(): void;
}

export function useIncidentWrite(): IncidentWrite {
  const write = useMutationWrite();
  const { send } = write;
  const sendNow = useCallback((change: (at: number) => Mutation, done: string) => send(change(Date.now()), done), [send]);
  return { ...write, send: sendNow };
}
