import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/temp-dir.ts';
import { acquireLock, DataDirLockedError } from './data-dir-lock.ts';

describe('data folder lock', () => {
  it('is exclusive while held and free after release', () => {
    const file = path.join(tempDir(), 'c.lock');
    const lock = acquireLock(file, process.pid);
    expect(() => acquireLock(file, process.ppid)).toThrow(DataDirLockedError);
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
    acquireLock(file, process.ppid).release();
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const file = path.join(tempDir(), 'c.lock');
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']).stdout.toString().trim();
    fs.writeFileSync(file, gone);
    const lock = acquireLock(file);
    expect(fs.readFileSync(file, 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('does not release a lock another process took over', () => {
    const file = path.join(tempDir(), 'c.lock');
    const lock = acquireLock(file);
    fs.writeFileSync(file, String(process.ppid));
    lock.release();
    expect(fs.readFileSync(file, 'utf8')).toBe(String(process.ppid));
  });
});
