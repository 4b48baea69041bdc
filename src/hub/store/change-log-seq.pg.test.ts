// The change log's seq on PostgreSQL with several writers at once (hub processes sharing one database): commit order
// is seq order and there are no gaps — what consoles need, since they follow the log by "everything after my seq".
// Four writer processes append in transactions that hold their seq for a random moment, a fifth of them rolling
// back; meanwhile this test reads the log as a console does and checks that every read continues exactly where the
// previous one ended. Any seq committed before a smaller one would show up here as a gap.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { openTestStore, testStore } from '../test-support/test-store.ts';

const WRITERS = 4;
const EACH = 150;

function writer(database: string, name: string): Promise<number> {
  const script = path.resolve('src/hub/test-support/change-log-writer.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, database, name, String(EACH)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`writer ${name} exited with ${code}`)))),
  );
}

describe('the change log on PostgreSQL, with concurrent writers', () => {
  it('is committed in seq order, without gaps, every rolled-back seq taken again', async () => {
    const dir = tempDir();
    const store = openTestStore(dir);
    const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(testStore(dir).database!, `w${w}`)));
    let done = false;
    void writers.finally(() => (done = true));
    const seen: number[] = [];
    let reads = 0;
    while (!done || store.changes.since(seen.length, ['setting'], 1).changes.length) {
      const page = store.changes.since(seen.length, ['setting'], 500);
      for (const change of page.changes) seen.push(change.seq);
      reads += page.changes.length ? 1 : 0;
      expect(seen.every((seq, i) => seq === i + 1)).toBe(true); // each read continued exactly where the last ended
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const committed = (await writers).reduce((a, b) => a + b, 0);
    expect(committed).toBeGreaterThan(WRITERS * EACH * 0.6); // most committed …
    expect(committed).toBeLessThan(WRITERS * EACH); // … and some rolled back
    expect(seen).toEqual(Array.from({ length: committed }, (_, i) => i + 1));
    expect(store.changes.lastSeq()).toBe(committed);
    expect(reads).toBeGreaterThan(5); // the log was read while the writers wrote, not only at the end
    store.close();
  });
});
