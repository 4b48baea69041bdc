// One change from the incident panel (assign, release, a unit's status, a check-in, a dialog's form): sent through
// the one write path ('records.mutate': the cache at once, the hub when it can), and what came of it — a sentence
// when it went through, or the refusal, the role's limit or the failure (form-notice.ts), shown by WriteNotice.
import { useCallback, useState } from 'react';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { failureNotice, type FormNotice } from '../../../operation-form/form-notice.ts';

export interface IncidentWrite {
  readonly busy: boolean;
  readonly notice: FormNotice;
  /** Sends the change made at this instant; true once it is in the cache and queued (`done` is then the notice). */
  send(change: (at: number) => Mutation, done: string): Promise<boolean>;
  dismiss(): void;
}

export function useIncidentWrite(): IncidentWrite {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FormNotice>(null);
  const send = useCallback(
    async (change: (at: number) => Mutation, done: string) => {
      setBusy(true);
      setNotice(null);
      try {
        await api.call('records.mutate', { mutation: change(Date.now()) });
        setNotice({ kind: 'info', message: done });
        return true;
      } catch (error) {
        setNotice(failureNotice(error));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [api],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return { busy, notice, send, dismiss };
}
