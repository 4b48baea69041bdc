// What the operation form starts from: nothing (a new operation), the operation read from the cache by id, or a
// conflict's two versions (mine over the hub's record, without asking the core: the inbox already has both).
import { useEffect, useState } from 'react';
import type { Operation } from '../../shared/operations/types.ts';
import { useApi } from '../api/ApiContext.tsx';
import { conflictBase, conflictStartValues } from './conflict-edit.ts';
import { emptyOperationForm, operationToForm, type OperationFormValues } from './operation-form.ts';
import type { OperationFormTarget } from './target.ts';

export type OperationLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'failed'; readonly error: unknown }
  /** original: the record the form edits (null: a new one, or a conflict's operation the hub does not have). */
  | { readonly state: 'ready'; readonly original: Operation | null; readonly initial: OperationFormValues };

function startOf(target: OperationFormTarget): OperationLoad {
  switch (target.kind) {
    case 'new':
      return { state: 'ready', original: null, initial: emptyOperationForm(Date.now()) };
    case 'edit':
      return { state: 'loading' };
    case 'conflict': {
      const initial = conflictStartValues(target.conflict);
      return initial ? { state: 'ready', original: conflictBase(target.conflict), initial } : { state: 'missing' };
    }
  }
}

export function useOperationLoad(target: OperationFormTarget): OperationLoad {
  const api = useApi();
  const [load, setLoad] = useState<OperationLoad>(() => startOf(target));

  useEffect(() => {
    if (target.kind !== 'edit') return;
    let current = true;
    api.call('operations.get', { id: target.id }).then(
      ({ operation }) => {
        if (current)
          setLoad(operation ? { state: 'ready', original: operation, initial: operationToForm(operation) } : { state: 'missing' });
      },
      (error: unknown) => {
        if (current) setLoad({ state: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, target]);

  return load;
}
