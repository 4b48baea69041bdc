// The operations grid's saved column layout: loaded once before the grid first mounts, kept in memory
// (the grid is remounted when the language changes and must come back as the user left it) and saved,
// debounced, after each change the user makes.
import type { ColumnState } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import { debounce } from '../../hooks/debounce.ts';
import { toGridColumnState, toSavedColumnState } from './column-state.ts';
import { OPERATION_COLUMNS } from './operations-columns.ts';

const SAVE_DELAY_MS = 500;

export interface ColumnLayout {
  readonly loaded: boolean;
  current(): ColumnState[] | null;
  save(state: ColumnState[]): void;
}

export function useColumnLayout(onSaveError: (error: unknown) => void): ColumnLayout {
  const api = useApi();
  const layout = useRef<ColumnState[] | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    api
      .call('prefs.get', { key: 'grid.operations.columns' })
      .then(({ value }) => {
        layout.current = toGridColumnState(value, OPERATION_COLUMNS);
      })
      // Without a readable saved layout the grid simply starts with its default columns.
      .catch(() => undefined)
      .finally(() => setLoaded(true));
  }, [api]);

  const persist = useMemo(
    () =>
      debounce((state: ColumnState[]) => {
        api.call('prefs.set', { key: 'grid.operations.columns', value: toSavedColumnState(state) }).catch(onSaveError);
      }, SAVE_DELAY_MS),
    [api, onSaveError],
  );
  // The last change is saved even when the view goes away or the window closes within the delay.
  useEffect(() => {
    const flush = () => persist.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [persist]);

  const current = useCallback(() => layout.current, []);
  const save = useCallback(
    (state: ColumnState[]) => {
      layout.current = state;
      persist(state);
    },
    [persist],
  );

  return { loaded, current, save };
}
