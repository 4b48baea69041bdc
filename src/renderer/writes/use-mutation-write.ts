// One change sent through the one write path ('records.mutate': the cache at once, the hub when it can) from a form
// or a button — a case's step, a notice's step, a trial, an incident's change — and what came of it: busy while it
// is on its way, then a sentence when it went through (if the caller has one), or the refusal, the role's limit or
// the failure as a FormNotice (form-notice.ts), which the caller words (components/WriteFailureNotice.tsx).
import { useCallback, useState } from 'react';
import type { Mutation } from '../../shared/records/mutations.ts';
import { useApi } from '../api/ApiContext.tsx';
import { failureNotice, type FormNotice } from '../operation-form/form-notice.ts';

export interface MutationWrite {
  readonly busy: boolean;
  readonly notice: FormNotice;
  /** Sends the change; true once it is in the cache and queued (`done`, when given, is then the notice). */
  send(mutation: Mutation, done?: string): Promise<boolean>;
  dismiss(): void;
}

export function useMutationWrite(): MutationWrite {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FormNotice>(null);
  const send = useCallback(
    async (mutation: Mutation, done?: string) => {
      setBusy(true);
      setNotice(null);
      try {
        await api.call('records.mutate', { mutation });
        if (done !== undefined) setNotice({ kind: 'info', message: done });
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
