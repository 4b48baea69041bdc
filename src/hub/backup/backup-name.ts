// Runs in: Node. A backup's file name: hub-YYYYMMDD-HHMMSS.<extension>, in Córdoba's civil time — the time an
// administrator reads on the city's clocks —, so that a folder of backups sorts by when they were made.
import { cordobaCivil } from '../../shared/time/cordoba.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** YYYYMMDD-HHMMSS in Córdoba. */
export function backupStamp(epochMs: number): string {
  const t = cordobaCivil(epochMs);
  return `${t.year}${two(t.month)}${two(t.day)}-${two(t.hour)}${two(t.minute)}${two(t.second)}`;
}

export const backupName = (epochMs: number, extension: 'sqlite3' | 'dump'): string => `hub-${backupStamp(epochMs)}.${extension}`;
