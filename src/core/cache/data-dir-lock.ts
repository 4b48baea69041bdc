// Runs in: Node. One console process per cache file. Two processes writing one SQLite cache would each keep
// its own cached totals and (later) its own outbox; Electron's single-instance lock does not cover browser
// mode or the CLIs, so the cache itself is locked: a file beside it holding the owner's pid.
//
//   acquire ─ no lock file ──────────────► create it (exclusive) ─► held
//           ─ lock file, owner alive ────► refused (in_use)
//           ─ lock file, owner gone ─────► remove the stale file, try once more
import fs from 'node:fs';

export class DataDirLockedError extends Error {
  constructor(readonly ownerPid: number) {
    super(`cache is in use by process ${ownerPid}`);
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
};

/** Lock files this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

export interface DataDirLock {
  release(): void;
}

export function acquireLock(lockFile: string, pid: number = process.pid): DataDirLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(pid), { flag: 'wx' });
      heldHere.add(lockFile);
      return {
        release: () => {
          heldHere.delete(lockFile);
          if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === String(pid)) fs.rmSync(lockFile);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lockFile, 'utf8'));
      const ours = owner === pid && heldHere.has(lockFile);
      const othersLive = owner !== pid && Number.isSafeInteger(owner) && owner > 0 && isAlive(owner);
      if (ours || othersLive) throw new DataDirLockedError(owner);
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DataDirLockedError(Number(fs.readFileSync(lockFile, 'utf8')));
}
