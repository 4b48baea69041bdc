// Runs in: Node (tsx). `npm run audit:verify -- --data-dir DIR [--case ID]`: checks the court's audit chains kept in
// a hub's data folder or a console's — or, with --database (or HUB_DATABASE_URL), in a hub's PostgreSQL store —,
// names the first broken entry of each broken chain, and exits 1 when one is broken (2 for a usage error), so a
// script or a cron job can watch it.
import fs from 'node:fs';
import path from 'node:path';
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import type { AuditReport } from '../../shared/api/court.ts';
import { verifyCacheChains } from '../../core/audit/verify-cache.ts';
import { createCache } from '../../core/cache/cache.ts';
import { CACHE_FILE_NAME } from '../../core/cache/cache-session.ts';
import { CacheUnavailableError } from '../../core/cache/open.ts';
import { cliOutput, languageFromArgs, parseOrExit } from '../../core/cli/cli-messages.ts';
import { defaultDataDir } from '../../core/data-dir.ts';
import { isPostgresUrl, shownDatabaseUrl } from '../store/database-url.ts';
import { HUB_STORE_FILE, openHubStoreAt, type HubStore } from '../store/hub-store.ts';
import { verifyHubChains } from './verify-hub.ts';

const FLAGS = {
  'data-dir': { kind: 'string' },
  database: { kind: 'string', maxLength: 2048 },
  case: { kind: 'string', maxLength: 36 },
  lang: { kind: 'choice', choices: ['es-AR', 'en'] },
} as const;

const argv = process.argv.slice(2);
const out = cliOutput(languageFromArgs(argv));
const flags = parseOrExit(out, 'usage_audit', () => parseFlags(argv, FLAGS));
if (flags.case !== undefined && !/^[0-9a-f-]{36}$/.test(flags.case)) out.fail('usage_audit');
const dir = path.resolve(flags['data-dir'] ?? defaultDataDir());
const hubFile = path.join(dir, HUB_STORE_FILE);
const cacheFile = path.join(dir, CACHE_FILE_NAME);
const database = flags.database ?? (process.env.HUB_DATABASE_URL || undefined);
if (database !== undefined && !isPostgresUrl(database)) out.fail('usage_audit');

function openStore(): HubStore {
  try {
    return openHubStoreAt({ dataDir: dir, database });
  } catch (err) {
    const reason = err instanceof CacheUnavailableError ? err.reason : 'unreadable';
    return out.fail('cache_unavailable', { file: database ? shownDatabaseUrl(database) : hubFile, reason: out.text(`reason_${reason}`) });
  }
}

function verifyHub(): AuditReport {
  out.say('audit_checking', { what: out.text('audit_hub'), file: database ? shownDatabaseUrl(database) : hubFile });
  const store = openStore();
  try {
    const report = verifyHubChains(store);
    return flags.case ? { ...report, broken: report.broken.filter((b) => b.caseId === flags.case) } : report;
  } finally {
    store.close();
  }
}

function verifyConsole(): AuditReport {
  out.say('audit_checking', { what: out.text('audit_console'), file: cacheFile });
  try {
    const cache = createCache(cacheFile);
    try {
      return verifyCacheChains(cache, flags.case);
    } finally {
      cache.close();
    }
  } catch (err) {
    const reason = err instanceof CacheUnavailableError ? err.reason : 'unreadable';
    return out.fail('cache_unavailable', { file: cacheFile, reason: out.text(`reason_${reason}`) });
  }
}

const onHub = database !== undefined || fs.existsSync(hubFile);
if (!onHub && !fs.existsSync(cacheFile)) out.fail('audit_nothing', { dir, hub: HUB_STORE_FILE, cache: CACHE_FILE_NAME });
const started = performance.now();
const report = onHub ? verifyHub() : verifyConsole();
const rate = Math.round(report.entries / Math.max((performance.now() - started) / 1000, 1e-3));
if (report.broken.length === 0) {
  out.say('audit_ok', { chains: report.chains, entries: report.entries, rate });
} else {
  out.say('audit_broken', { broken: report.broken.length, chains: report.chains, entries: report.entries });
  for (const b of report.broken) out.say('audit_break', { ...b, problem: out.text(`audit_problem_${b.problem}`) });
  process.exitCode = 1;
}
