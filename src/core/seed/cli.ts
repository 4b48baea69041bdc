// Runs in: Node (tsx). `npm run seed -- --operations N [--seed S] [--until YYYY-MM-DD] [--data-dir DIR] [--append]`
// Fills a cache with deterministic demo operations (same --seed, --operations and --until → same rows).
import path from 'node:path';
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { cordobaDayRange } from '../../shared/time/cordoba.ts';
import { createCache, type Cache } from '../cache/cache.ts';
import { CACHE_FILE_NAME } from '../cache/cache-session.ts';
import { CacheUnavailableError } from '../cache/open.ts';
import { cliOutput, languageFromArgs, parseOrExit } from '../cli/cli-messages.ts';
import { defaultDataDir } from '../data-dir.ts';
import { DEMO_SEED } from './demo.ts';
import { seedOperations } from './seed-operations.ts';

const FLAGS = {
  operations: { kind: 'int', min: 1, max: 5_000_000 },
  seed: { kind: 'int', min: 0, max: 2 ** 32 - 1 },
  until: { kind: 'date' },
  'data-dir': { kind: 'string' },
  append: { kind: 'bool' },
  lang: { kind: 'choice', choices: ['es-AR', 'en'] },
} as const;

const argv = process.argv.slice(2);
const out = cliOutput(languageFromArgs(argv));
const flags = parseOrExit(out, 'usage_seed', () => parseFlags(argv, FLAGS));
const count = flags.operations ?? 25_000;
const seed = flags.seed ?? DEMO_SEED;
const until = flags.until ? cordobaDayRange(flags.until)![1] : Date.now();
const file = path.join(path.resolve(flags['data-dir'] ?? defaultDataDir()), CACHE_FILE_NAME);

function openOrExit(): Cache {
  try {
    return createCache(file);
  } catch (err) {
    const reason = err instanceof CacheUnavailableError ? err.reason : 'unreadable';
    return out.fail('cache_unavailable', { file, reason: out.text(`reason_${reason}`) });
  }
}

const cache = openOrExit();
const existing = cache.operations.count({});
if (existing > 0 && !flags.append) out.fail('cache_not_empty', { file, count: existing });

out.say('seeding', { count, seed, file });
const started = performance.now();
const inserted = seedOperations(cache.operations, { seed, count, until });
const seconds = (performance.now() - started) / 1000;
cache.meta.set('demo_seeded_at', new Date().toISOString());
cache.close();
out.say('seeded', { count: inserted, seconds: seconds.toFixed(1), rate: Math.round(inserted / seconds) });
