// Runs in: Node. Starts a worker thread on a module of this source tree: the bundled .js file (the desktop build),
// or — from source — the .ts file through a bootstrap that registers tsx's loader inside the worker, because on Node
// 20 a worker gets neither the loader hooks of an inherited `--import tsx` nor vitest's transform (measured:
// "Unknown file extension .ts", under tsx, `node --import tsx` and vitest alike).
import { Worker } from 'node:worker_threads';

/** A worker on `entry` (a .js or .ts module URL) with `workerData`. */
export function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const bootstrap = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** The entry `name` beside the calling module `from` (its import.meta.url): .ts from source, .js once bundled. */
export const besideModule = (name: string, from: string): URL => new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);
