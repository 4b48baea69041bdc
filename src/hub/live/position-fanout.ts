// Runs in: Node. Positions go to consoles coalesced: every tick (~50 ms) each console allowed to see units gets
// one 'positions' array holding at most one entry per unit — the newest — however many reports arrived.
//
// Each console acknowledges every batch, and has at most MAX_IN_FLIGHT unacknowledged: what arrives beyond that
// waits in that console's own backlog, again one entry per unit. So a console behind a slow link (or a busy one)
// gets fewer, fresher batches instead of an ever longer queue of stale ones in the hub's memory and the kernel's
// buffers; the others are not held back. Two, not one: an ack that comes back just after the next tick (a busy
// hub) must not cost every console a tick of latency. A console that never acknowledges (lost ack, old client)
// gets more after ACK_TIMEOUT_MS.
//
//   tick ─► room in flight? ── yes ─► send backlog + new (one per unit) ─► in flight +1 ── ack / timeout ─► −1
//                           └─ no ──► merge new into its backlog
//
// They are sent socket by socket rather than broadcast to the room on purpose: Socket.IO keeps every room
// broadcast for connection-state recovery (2 min), which for 20 position batches a second would be a large,
// useless buffer. Positions need no replay — the next report supersedes them, and a console that reconnects
// takes the latest ones from a snapshot. Changes, which must not be lost, are broadcast (and so replayed).
import type { Namespace, Socket } from 'socket.io';
import type { UnitPosition } from '../../shared/live/units.ts';

const ACK_TIMEOUT_MS = 10_000;
const MAX_IN_FLIGHT = 2;

interface ConsoleFlow {
  inFlight: number;
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
    const fresh = this.pending;
    this.pending = new Map();
    const batch = [...fresh.values()]; // shared by every console with no backlog
    for (const id of this.nsp.adapter.rooms.get(this.room) ?? []) {
      const socket = this.nsp.sockets.get(id);
      if (socket) this.offer(socket, fresh, batch);
    }
  }

  private offer(socket: Socket, fresh: ReadonlyMap<string, UnitPosition>, batch: readonly UnitPosition[]): void {
    let flow = this.flows.get(socket);
    if (!flow) this.flows.set(socket, (flow = { inFlight: 0, backlog: new Map() }));
    if (flow.inFlight >= MAX_IN_FLIGHT) {
      for (const [unitId, position] of fresh) flow.backlog.set(unitId, position);
      return;
    }
    const positions = flow.backlog.size === 0 ? batch : [...new Map([...flow.backlog, ...fresh]).values()];
    flow.backlog = new Map();
    if (positions.length === 0) return;
    flow.inFlight++;
    socket.timeout(ACK_TIMEOUT_MS).emit('positions', positions, () => {
      flow.inFlight--;
    });
  }
}
