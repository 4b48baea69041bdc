// What a spec starts in a test — host and hub processes, temporary folders — stopped and removed after it, in
// reverse order. Call once at the top of a spec file: it registers the afterEach hook.
import { test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PerTest {
  tempDir(prefix: string): string;
  /** Stopped after the test, last started first. */
  track<T extends { stop(): Promise<void> }>(process: T): T;
}

export function perTest(): PerTest {
  const running: { stop(): Promise<void> }[] = [];
  const dirs: string[] = [];
  test.afterEach(async () => {
    for (const process of running.splice(0).reverse()) await process.stop();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    tempDir(prefix) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    track(process) {
      running.push(process);
      return process;
    },
  };
}
