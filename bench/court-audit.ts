// court.audit.verify_rows_per_s — checking every audit chain in a console cache (src/core/audit/verify-cache.ts):
// 200,000 entries in 20,000 chains of 10, each chain over one case whose record is at its last entry's version
// (so the data check hashes 20,000 records too). baseline: node:crypto hashing the same bytes — every entry's
// text and every record's canonical JSON, prepared in memory — in a plain loop; the ratio is what reading the
// rows from SQLite and checking the links costs on top of the hashing. Median of 3, alternating. Each run also
// reads the same rows (each entry's id, text and hash, in the same pages as the check) with no work on them, and the log prints the ratio that read + hash alone would reach: on these
// machines reading a row costs two to four times what hashing it does, which bounds the ratio near 0.3
// (docs/ARCHITECTURE.md, "The court desk").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordSha256, sealed, sha256Hex } from '../src/core/audit/hash.ts';
import { verifyCacheChains } from '../src/core/audit/verify-cache.ts';
import { createCache, type Cache } from '../src/core/cache/cache.ts';
import { auditEntryId, auditEntryText, GENESIS, type AuditEntry } from '../src/shared/audit/audit-entry.ts';
import { caseAt } from '../src/shared/records/test-support/court-cases.ts';
import { canonicalJson } from '../src/shared/text/canonical-json.ts';
import { median, type CourtBench } from './court-bench.ts';
import { log } from './report.ts';

const CHAINS = 20_000;
const PER_CHAIN = 10;
const RUNS = 3;

/** The cache's chains, and the bytes the baseline hashes. */
export function fillCache(cache: Cache): string[] {
  const bytes: string[] = [];
  cache.db.transaction(() => {
    for (let c = 0; c < CHAINS; c++) {
      const caseId = `0190a8c0-0000-7000-8000-${String(c + 1).padStart(12, '0')}`;
      const record = caseAt(caseId, 'opened', { version: PER_CHAIN });
      const chain: AuditEntry[] = [];
      for (let n = 1; n <= PER_CHAIN; n++) {
        const dataSha256 = n === PER_CHAIN ? recordSha256(record) : sha256Hex(`${caseId} v${n}`);
        const prevHash = chain.at(-1)?.hash ?? GENESIS;
        const entry = sealed({
          ...{ id: auditEntryId(caseId, n), caseId, n, changeSeq: c * PER_CHAIN + n, at: 1_790_000_000_000 + n * 60_000 },
          ...{ by: 'mesa', clientId: '0190a8c0-0000-7000-8000-0000000000aa', entity: 'court_case', recordId: caseId },
          ...{ recordVersion: n, action: 'court_case.notify', dataSha256, prevHash, version: 1 },
        });
        chain.push(entry);
        bytes.push(auditEntryText(entry));
      }
      cache.audit.putNewer(chain);
      cache.records.putNewer('court_case', [record]);
      bytes.push(canonicalJson(record));
    }
  })();
  return bytes;
}

export const auditVerify: CourtBench = {
  part: 'audit',
  name: 'court.audit.verify_rows_per_s',
  unit: 'rows/s',
  goal: { on: 'ratio', op: '>=', target: 0.5 },
  note: `${CHAINS * PER_CHAIN} entries in ${CHAINS} chains, each case's record checked; median of ${RUNS}`,
  async measure() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-bench-audit-'));
    const cache = createCache(path.join(dir, 'cache.sqlite3'));
    try {
      const bytes = fillCache(cache);
      const ours: number[] = [];
      const hashing: number[] = [];
      const reading: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let started = performance.now();
        const report = verifyCacheChains(cache);
        const seconds = (performance.now() - started) / 1000;
        if (report.broken.length > 0 || report.entries !== CHAINS * PER_CHAIN)
          throw new Error(`unexpected report: ${report.entries} entries, ${report.broken.length} broken`);
        started = performance.now();
        let last = '';
        for (const text of bytes) last = sha256Hex(text);
        const hashSeconds = (performance.now() - started) / 1000;
        if (last.length !== 64) throw new Error('no hash');
        ours.push(report.entries / seconds);
        started = performance.now();
        let read = 0;
        for (const link of cache.audit.links()) read += link.hash.length > 0 ? 1 : 0;
        const readSeconds = (performance.now() - started) / 1000;
        reading.push(read / readSeconds);
        log(
          `  run ${i}: verify ${seconds.toFixed(2)} s; hashing ${hashSeconds.toFixed(2)} s; reading the rows alone ${readSeconds.toFixed(2)} s`,
        );
        hashing.push(report.entries / hashSeconds);
      }
      // Reading a row from SQLite costs more than hashing it: no check that reads its rows can pass 0.5.
      const ceiling = 1 / (1 + median(hashing) / median(reading));
      log(
        `  verify ${median(ours).toFixed(0)} rows/s; hashing the same bytes ${median(hashing).toFixed(0)} rows/s; reading the rows alone ${median(reading).toFixed(0)} rows/s — a check that reads and hashes, with nothing else, would reach a ratio of ${ceiling.toFixed(2)}`,
      );
      return { value: median(ours), baseline: median(hashing) };
    } finally {
      cache.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
