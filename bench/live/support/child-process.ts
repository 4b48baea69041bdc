// Every load runs in its own process, as in the field: the hub, the patrol devices and the raw consoles are child
// processes of the bench (`node --import tsx -e` importing roles/index.ts and calling liveChild(role)), talking over
// the IPC channel.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RoleName } from '../roles/index.ts';
import type { Message } from './child-protocol.ts';

const ENTRY = new URL('../roles/index.ts', import.meta.url).href;

export interface Child {
  readonly role: string;
  /** Sends a command and resolves with the next message of type `reply`. */
  request<T>(message: Message, reply: string, timeoutMs?: number): Promise<T & Message>;
  stop(): Promise<void>;
}

const running = new Set<Child>();

function spawnChild(role: RoleName): Child {
  const code = `const m = await import(${JSON.stringify(ENTRY)}); await m.liveChild(${JSON.stringify(role)});`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const inbox: Message[] = [];
  const waiters: { type: string; resolve: (m: Message) => void; reject: (err: Error) => void }[] = [];
  let failure: Error | undefined;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const waiter of waiters.splice(0)) waiter.reject(err);
  };
  child.on('message', (message: Message) => {
    if (message.type === 'error') return failAll(new Error(`${role} child: ${String(message.message)}`));
    const index = waiters.findIndex((w) => w.type === message.type);
    if (index === -1) inbox.push(message);
    else waiters.splice(index, 1)[0]!.resolve(message);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => failAll(new Error(`${role} child exited`)));

  const handle: Child = {
    role,
    request<T>(message: Message, reply: string, timeoutMs = 60_000) {
      if (failure) return Promise.reject(failure);
      return new Promise<T & Message>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${role} child: no '${reply}' within ${timeoutMs} ms`)), timeoutMs);
        const done = (m: Message) => {
          clearTimeout(timer);
          resolve(m as T & Message);
        };
        const fail = (err: Error) => {
          clearTimeout(timer);
          reject(err);
        };
        const queued = inbox.findIndex((m) => m.type === reply);
        if (queued !== -1) done(inbox.splice(queued, 1)[0]!);
        else waiters.push({ type: reply, resolve: done, reject: fail });
        if (message.type) child.send(message);
      });
    },
    async stop() {
      running.delete(handle);
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) child.send({ type: 'stop' });
        const timeout = sleep(20_000, 'timeout', { ref: false });
        if ((await Promise.race([exited, timeout])) === 'timeout') {
          child.kill('SIGKILL');
          await exited;
        }
      }
    },
  };
  running.add(handle);
  return handle;
}

/** A child process running `role`, once it said it is ready. */
export async function startChild(role: RoleName): Promise<Child> {
  const handle = spawnChild(role);
  await handle.request({ type: '' }, 'ready', 30_000); // (an empty type sends nothing: it only waits)
  return handle;
}

/** Stops the children still running (the last started first): what a failed measurement left behind. */
export async function stopRunningChildren(): Promise<void> {
  for (const handle of [...running].reverse()) await handle.stop();
}
