// Reads again at a known instant (the next alert falling due), with one timer to it — no polling. An instant
// already past is read after a short pause, so two clocks a little apart can never make a tight loop.
import { useEffect } from 'react';

/** setTimeout's longest delay (about 24.8 days): later instants wait in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;
const PAST_DELAY_MS = 250;

export function useReadAt(instant: number | null, read: () => void): void {
  useEffect(() => {
    if (instant === null) return;
    const wait = instant - Date.now();
    const timer = setTimeout(read, wait <= 0 ? PAST_DELAY_MS : Math.min(wait, MAX_DELAY_MS));
    return () => clearTimeout(timer);
  }, [instant, read]);
}
