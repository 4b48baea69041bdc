// The hearing record as it is typed, kept in the console's cache: every change is saved 500 ms after the typing
// stops ('court.draft.save'; the last one also when the panel closes), so a crash or a closed window loses
// nothing; the panel opens with the saved draft when there is one ('court.draft.get', "Borrador recuperado del …")
// and the draft is discarded once the record is registered. A draft another console version wrote, that this form
// cannot read, is ignored (the record starts again from the case or the saved record).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../../api/ApiContext.tsx';
import { debounce, type Debounced } from '../../../hooks/debounce.ts';
import { readDraft, type RecordDraft } from './record-form.ts';

const SAVE_DELAY_MS = 500;

export type DraftState =
  | { readonly phase: 'loading' }
  | {
      readonly phase: 'ready';
      readonly draft: RecordDraft;
      /** When the draft shown was restored from the cache (epoch ms), null when it was not. */
      readonly restoredAt: number | null;
      /** Changed since it was last registered (or restored): unsaved in the record, if saved in the cache. */
      readonly dirty: boolean;
    };

export interface RecordDraftHandle {
  readonly state: DraftState;
  readonly saveFailed: boolean;
  readonly change: (draft: RecordDraft) => void;
  /** After the record was registered: the cached draft is dropped and the form starts from `next`. */
  readonly discard: (next: RecordDraft) => void;
}

export function useRecordDraft(hearingId: string, initial: () => RecordDraft): RecordDraftHandle {
  const api = useApi();
  const [state, setState] = useState<DraftState>({ phase: 'loading' });
  const [saveFailed, setSaveFailed] = useState(false);
  const initialRef = useRef(initial);
  const saver = useRef<Debounced<[RecordDraft]> | null>(null);

  useEffect(() => {
    initialRef.current = initial;
  });

  useEffect(() => {
    let live = true;
    const save = debounce((draft: RecordDraft) => {
      api.call('court.draft.save', { hearingId, draft }).then(
        () => live && setSaveFailed(false),
        () => live && setSaveFailed(true),
      );
    }, SAVE_DELAY_MS);
    saver.current = save;
    api.call('court.draft.get', { hearingId }).then(
      ({ draft, savedAt }) => {
        if (!live) return;
        const restored = readDraft(draft);
        setState(
          restored
            ? { phase: 'ready', draft: restored, restoredAt: savedAt, dirty: true }
            : { phase: 'ready', draft: initialRef.current(), restoredAt: null, dirty: false },
        );
      },
      // No cache to read from: the form still works, it only cannot be restored later.
      () => live && setState({ phase: 'ready', draft: initialRef.current(), restoredAt: null, dirty: false }),
    );
    return () => {
      live = false;
      // The last change is still saved when the panel closes within the delay.
      save.flush();
      saver.current = null;
    };
  }, [api, hearingId]);

  const change = useCallback((draft: RecordDraft) => {
    setState((current) => (current.phase === 'ready' ? { ...current, draft, dirty: true } : current));
    saver.current?.(draft);
  }, []);

  const discard = useCallback(
    (next: RecordDraft) => {
      // A save still waiting is sent first, so the discard after it (same connection, answered in order) removes it
      // rather than being undone by it 500 ms later.
      saver.current?.flush();
      void api.call('court.draft.discard', { hearingId }).catch(() => undefined);
      setState({ phase: 'ready', draft: next, restoredAt: null, dirty: false });
    },
    [api, hearingId],
  );

  return { state, saveFailed, change, discard };
}
