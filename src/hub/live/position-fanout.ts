// Runs in: Node. Positions go to consoles coalesced: every tick (~50 ms) each console allowed to see units gets
// one 'positions' array holding at most one entry per unit — the newest — however many reports arrived.
//
// Each console acknowledges every batch and has at most one unacknowledged: what arrives meanwhile waits in that
// console's own backlog, again one entry per unit, and goes out as soon as the ack comes. So a console behind a
// slow link (or a busy one) gets fewer, fresher batches instead of an ever longer queue of stale ones in the hub's
// memory and the kernel's buffers, and the others are not held back. Sending the backlog on the ack, rather than
// at the next tick, matters on a busy hub: after a stall Node runs the tick's timer before it reads the acks that
// came in meanwhile, and waiting for the following tick would add 50 ms for every console. A console that never
// acknowledges (lost ack, old client) gets more after ACK_TIMEOUT_MS.
//
//   tick ─► idle? ── yes ─► send new ─────────────────► in flight ── ack / timeout ─► backlog? ── yes ─► send it
//                  └─ no ──► merge new into its backlog                                        └─ no ──► idle
//
// They are sent socket by socket rather than broadcast to the room on purpose: Socket.IO keeps every room
// broadcast for connection-state recovery (2 min), which for 20 position batches a second would be a large,
// useless buffer. Positions need no replay — the next report supersedes them, and a console that reconnects
// takes the latest ones from a snapshot. Changes, which must not be lost, are broadcast (and so replayed).
import type { Namespace, Socket } from 'socket.io';
import type { UnitPosition } from '../../shared/live/units.ts';

const ACK_TIMEOUT_MS = 10_000;

interface ConsoleFlow {
  inFlight: boolean;
  backlog: Map<string, UnitPosition>;
}

export class PositionFanout {
  private pending = new Map<string, UnitPosition>();
  private readonly flows = new WeakMap<Socket, ConsoleFlow>();

  constructor(
    private readonly nsp: Namespace,
    private readonly room: string,
  ) {}

  add(position: UnitPosition): void {
    this.pending.set(position.unitId, position);
  }

  tick(): void {
    if (this.pending.size === 0) return;
    const fresh = this.pending;
    this.pending = new Map();
    const batch = [...fresh.values()]; // shared by every idle console
    for (const id of this.nsp.adapter.rooms.get(this.room) ?? []) {
      const socket = this.nsp.sockets.get(id);
      if (socket) this.offer(socket, fresh, batch);
    }
  }

  private offer(socket: Socket, fresh: ReadonlyMap<string, UnitPosition>, batch: readonly UnitPosition[]): void {
    let flow = this.flows.get(socket);
    if (!flow) this.flows.set(socket, (flow = { inFlight: false, backlog: new Map() }));
    if (!flow.inFlight) return this.send(socket, flow, batch);
    for (const [unitId, position] of fresh) flow.backlog.set(unitId, position);
  }

  private send(socket: Socket, flow: ConsoleFlow, positions: readonly UnitPosition[]): void {
    flow.inFlight = true;
    socket.timeout(ACK_TIMEOUT_MS).emit('positions', positions, () => {
      flow.inFlight = false;
      if (flow.backlog.size === 0 || !socket.connected) return;
      const backlog = [...flow.backlog.values()];
      flow.backlog = new Map();
      this.send(socket, flow, backlog);
    });
  }
}
