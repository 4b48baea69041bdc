import { useEffect, useState } from 'react';

/**
 * The current time (epoch ms), refreshed every `intervalMs` while it is not null — for texts that age
 * ("datos de hace 3 min") without refetching anything. With null the clock stands still (no re-renders).
 */
export function useNow(intervalMs: number | null): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (intervalMs === null) return;
    const tick = () => setNow(Date.now());
    // Catch up at once: the clock may have stood still since long before it was needed.
    const first = setTimeout(tick, 0);
    const every = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [intervalMs]);
  return now;
}
