// Runs in: Node (tests only). A TCP link between a console and a hub that a test can cut and restore, as a
// district office's network would: cutting drops every open connection and refuses new ones until restored.
// It can also be slow: throttled, the hub → console direction carries at most so many bytes a second.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface NetworkLink {
  /** The hub's URL as seen through the link. */
  readonly url: string;
  cut(): void;
  restore(): void;
  /** Limits hub → console to `bytesPerSecond` (null: no limit again). */
  throttle(bytesPerSecond: number | null): void;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export async function networkLink(hubUrl: string): Promise<NetworkLink> {
  const target = new URL(hubUrl);
  const open = new Set<net.Socket>();
  let down = false;
  let rate: number | null = null;
  const server = net.createServer((inbound) => {
    if (down) return void inbound.destroy();
    const outbound = net.connect(Number(target.port), target.hostname);
    for (const socket of [inbound, outbound]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {});
    }
    inbound.pipe(outbound);
    // hub → console by hand: after each chunk, a pause as long as the throttled link would take to carry it.
    outbound.on('data', (chunk: Buffer) => {
      const flowing = inbound.write(chunk);
      const waitMs = rate === null ? 0 : (chunk.length / rate) * 1000;
      if (flowing && waitMs === 0) return;
      outbound.pause();
      const resume = () => setTimeout(() => outbound.resume(), waitMs);
      if (flowing) resume();
      else inbound.once('drain', resume);
    });
    const drop = () => (inbound.destroy(), outbound.destroy());
    inbound.on('close', drop);
    outbound.on('close', drop);
  });
  closers.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        open.forEach((s) => s.destroy());
      }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cut() {
      down = true;
      for (const socket of open) socket.destroy();
    },
    restore() {
      down = false;
    },
    throttle(bytesPerSecond) {
      rate = bytesPerSecond;
    },
  };
}
