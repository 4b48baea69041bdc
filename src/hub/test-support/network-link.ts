// Runs in: Node (tests only). A TCP link between a console and a hub that a test can cut and restore, as a
// district office's network would: cutting drops every open connection and refuses new ones until restored.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface NetworkLink {
  /** The hub's URL as seen through the link. */
  readonly url: string;
  cut(): void;
  restore(): void;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export async function networkLink(hubUrl: string): Promise<NetworkLink> {
  const target = new URL(hubUrl);
  const open = new Set<net.Socket>();
  let down = false;
  const server = net.createServer((inbound) => {
    if (down) return void inbound.destroy();
    const outbound = net.connect(Number(target.port), target.hostname);
    for (const socket of [inbound, outbound]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {});
    }
    inbound.pipe(outbound).pipe(inbound);
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
  };
}
