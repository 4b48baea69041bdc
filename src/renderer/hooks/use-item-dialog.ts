// A list's write dialog: which item it is open for, and the sentence its last change left above the list (a notice
// notified, an instrument calibrated) until dismissed.
import { useCallback, useState } from 'react';

export interface ItemDialog<T> {
  readonly open: T | null;
  readonly done: string | null;
  openFor(item: T): void;
  close(): void;
  /** The change went through: the dialog closes and says so. */
  finished(message: string): void;
  dismiss(): void;
}

export function useItemDialog<T>(): ItemDialog<T> {
  const [open, setOpen] = useState<T | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const finished = useCallback((message: string) => {
    setOpen(null);
    setDone(message);
  }, []);
  const dismiss = useCallback(() => setDone(null), []);
  return { open, done, openFor: setOpen, close, finished, dismiss };
}
