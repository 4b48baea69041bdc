// A console killed at any instant (SIGKILL: no exit handlers, no flush) loses nothing it had answered:
// every mutation whose call returned is in the cache and in the outbox, and the file is intact. The writer
// runs as a real child process over a real cache file, killed 100 times at random points, the same folder
// reopened each time (so the crashes also land in migrations, lock takeover and WAL recovery).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPrng } from '../../shared/random/prng.ts';
import { createCache } from '../cache/cache.ts';
import { tempDir } from '../test-support/temp-dir.ts';

const RUNS = 100;
let writer = '';

beforeAll(async () => {
  // Bundled once, so that each of the 100 runs starts in a fraction of the time tsx would take.
  writer = path.join(tempDir(), 'crash-writer.cjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'test-support', 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile: writer,
    logLevel: 'silent',
    nodePaths: [path.resolve('node_modules')],
  });
});

interface Answered {
  clientSeq: number;
  id: string;
  version: number;
}

/** Runs the writer, kills it `ms` after its first answer, and returns what it had answered. */
function runAndKill(dir: string, ms: number): Promise<Answered[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.resolve('node_modules') },
    });
    let out = '';
    let err = '';
    // The kill lands `ms` after the writer's first answer, not after its start: how long Node takes to start on a
    // loaded machine must not decide whether any write is under way when it lands.
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself: ${err}`));
      const lines = out.split('\n').slice(0, -1); // the last line may be cut: it never counts
      resolve(
        lines.map((line) => {
          const [clientSeq, id, version] = line.split(' ');
          return { clientSeq: Number(clientSeq), id: id!, version: Number(version) };
        }),
      );
    });
  });
}

describe('crash safety of the write path', () => {
  it(`keeps every answered mutation through ${RUNS} SIGKILLs at random points`, { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const rng = createPrng(4242);
    let answeredTotal = 0;
    for (let run = 0; run < RUNS; run++) {
      const answered = await runAndKill(dir, rng.int(5, 400));
      answeredTotal += answered.length;
      const cache = createCache(path.join(dir, 'cache.db'));
      try {
        expect(cache.db.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const { clientSeq, id, version } of answered) {
          const queued = cache.outbox.get(clientSeq);
          expect(queued?.recordId, `run ${run}: client seq ${clientSeq} is in the outbox`).toBe(id);
          expect(cache.operations.get(id)?.version, `run ${run}: ${id} in the cache`).toBeGreaterThanOrEqual(version);
        }
      } finally {
        cache.close();
      }
    }
    expect(answeredTotal).toBeGreaterThan(RUNS); // the kills did land among the writes, not only before them
  });
});
