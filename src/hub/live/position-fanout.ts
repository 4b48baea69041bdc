// Runs in: Node. Positions go to consoles coalesced: every tick (~50 ms) each console allowed to see units gets
// one 'positions' array holding at most one entry per unit — the newest — however many reports arrived.
//
// They are sent socket by socket rather than broadcast to the room on purpose: Socket.IO keeps every room
// broadcast for connection-state recovery (2 min), which for 20 position batches a second would be a large,
// useless buffer. Positions need no replay — the next report supersedes them, and a console that reconnects
// takes the latest ones from a snapshot. Changes, which must not be lost, are broadcast (and so replayed).
import type { Namespace } from 'socket.io';
import type { UnitPosition } from '../../shared/live/units.ts';

export class PositionFanout {
  private pending = new Map<string, UnitPosition>();

  constructor(
    private readonly nsp: Namespace,
    private readonly room: string,
  ) {}

  add(position: UnitPosition): void {
    this.pending.set(position.unitId, position);
  }

  tick(): void {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    for (const id of this.nsp.adapter.rooms.get(this.room) ?? []) this.nsp.sockets.get(id)?.emit('positions', batch);
  }
}
