// Builds the fixture caches once per run (reused while their recipe is unchanged).
import { seededDataDir } from './support/fixture-cache.ts';

export const MILLION = 1_000_000;

export default function globalSetup(): void {
  seededDataDir(MILLION);
}
