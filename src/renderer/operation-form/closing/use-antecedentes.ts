// An identity's antecedentes as the finding form types it: asked of the core ('notices.history') once the DNI, CUIT,
// cadastral id or plate has been valid for a moment (not on every keystroke), the answer kept only for the identity it
// was asked for. Personal data: a role that may not read it is refused by the core, and the form then shows nothing.
import { useEffect, useState } from 'react';
import type { Antecedentes } from '../../../shared/api/insights.ts';
import type { OffenderIdentity } from '../../../shared/rules/identity.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { describeApiError } from '../../errors/describe-api-error.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';

const LOOKUP_DELAY_MS = 400;

export type AntecedentesState =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'found'; readonly antecedentes: Antecedentes };

export function useAntecedentes(identity: OffenderIdentity | null): AntecedentesState {
  const api = useApi();
  const key = identity ? JSON.stringify(identity) : null;
  const asked = useDebouncedValue(key, LOOKUP_DELAY_MS);
  const [answer, setAnswer] = useState<{ readonly key: string; readonly state: AntecedentesState } | null>(null);

  useEffect(() => {
    if (asked === null) return;
    let current = true;
    api.call('notices.history', { offender: JSON.parse(asked) as OffenderIdentity }).then(
      (antecedentes) => current && setAnswer({ key: asked, state: { kind: 'found', antecedentes } }),
      (error: unknown) =>
        current &&
        setAnswer({ key: asked, state: describeApiError(error).code === 'forbidden' ? { kind: 'forbidden' } : { kind: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [api, asked]);

  if (key === null) return { kind: 'none' };
  return answer?.key === key ? answer.state : { kind: 'loading' };
}
