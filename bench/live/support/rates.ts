import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from '../../report.ts';

/** How many 1-second rates a rate figure is the median of. */
export const RATE_SECONDS = 6;

/** Median of 1-second rates of a growing counter read with its own clock. */
export async function medianRate(
  read: () => Promise<{ count: number; at: number }>,
  seconds = RATE_SECONDS,
): Promise<{ median: number; rates: number[] }> {
  const rates: number[] = [];
  let previous = await read();
  for (let i = 0; i < seconds; i++) {
    await sleep(1000);
    const current = await read();
    rates.push((current.count - previous.count) / ((current.at - previous.at) / 1000));
    previous = current;
  }
  return { median: percentile(rates, 50), rates };
}
