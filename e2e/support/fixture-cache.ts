// A cache with N seeded operations, built once and reused while its recipe is unchanged.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const E2E_DATA = path.resolve('e2e/.data');
export const FIXTURE_UNTIL = '2026-11-26';

export function seededDataDir(operations: number): string {
  const dir = path.join(E2E_DATA, `ops-${operations}`);
  const recipe = JSON.stringify({ operations, until: FIXTURE_UNTIL, generator: 1, cacheFormat: 2 }); // bump when the seeded file changes shape;
  const marker = path.join(dir, 'recipe.json');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === recipe) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  const seed = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/core/seed/cli.ts', '--operations', String(operations), '--until', FIXTURE_UNTIL, '--data-dir', dir],
    { stdio: 'inherit' },
  );
  if (seed.status !== 0) throw new Error(`seeding ${operations} operations failed`);
  fs.writeFileSync(marker, recipe);
  return dir;
}
