// Runs in: Node. What the hub processes on one database tell each other through the adapter (cluster-adapter.ts).
// Each hub keeps an in-memory picture — the unit book, the clock tolerance, which devices hear about their unit —
// that must follow every commit, whichever hub made it, and delivers the changes to its own consoles in seq order:
//
//   hub B commits changes ──publish──► its own consoles' rooms
//                          └─ 'hub:changes' ──► hub A, C…: remember(changes) and deliver them to their consoles
//   hub B accepts a report ──► its fanout, and every 50 ms 'hub:positions' ──► hub A, C…: their book, and out to
//                                                                              their consoles at once (not at
//                                                                              their next tick: 25 ms more on average)
//   an administrator on hub B ends an account's sessions or revokes a device ──► its own connections closed
//                                                  └─ 'hub:ended' ──► hub A, C…: theirs closed, not at their sweep
//
// Positions go to other hubs' consoles through those hubs' own fanouts (per-console flow control: position-fanout.ts),
// not as a room broadcast. A message lost in between (a dropped LISTEN connection) is repaired: a console finds the
// gap in the seqs at its next change and pulls what it missed, and each maintenance round re-reads the units saved
// since the last one (hub-relay.ts refresh()).
import type { Namespace } from 'socket.io';
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { UnitPosition } from '../../shared/live/units.ts';

const CHANGES = 'hub:changes';
const POSITIONS = 'hub:positions';
const ENDED = 'hub:ended';
/**
 * Positions per message: NOTIFY carries at most 8,000 bytes, and the adapter sends anything larger through a table
 * (an INSERT and a SELECT more per message); a position is ~150 bytes of JSON.
 */
const POSITIONS_PER_MESSAGE = 40;

/** Connections an administrator's change ended: an account's consoles whose session is gone, or a revoked device's. */
export type Ended = { readonly sessionsOf: string } | { readonly device: string };

export interface ClusterLinkHandlers {
  /** Changes another hub committed, in its seq order. */
  changes(changes: readonly Change[]): void;
  /** Positions other hubs' devices reported. */
  positions(positions: readonly UnitPosition[]): void;
  /** Connections another hub's administrator ended. */
  ended(ended: Ended): void;
}

export class ClusterLink {
  private pending = new Map<string, UnitPosition>();

  constructor(
    private readonly nsp: Namespace,
    handlers: ClusterLinkHandlers,
  ) {
    nsp.on(CHANGES, (changes: Change[]) => handlers.changes(changes));
    nsp.on(POSITIONS, (positions: UnitPosition[]) => handlers.positions(positions));
    nsp.on(ENDED, (ended: Ended) => handlers.ended(ended));
  }

  shareEnded(ended: Ended): void {
    this.nsp.serverSideEmit(ENDED, ended);
  }

  shareChanges(changes: readonly Change[]): void {
    if (changes.length) this.nsp.serverSideEmit(CHANGES, changes);
  }

  /** A position this hub's device reported: sent to the other hubs at the next tick, the newest per unit. */
  addPosition(position: UnitPosition): void {
    this.pending.set(position.unitId, position);
  }

  tick(): void {
    if (this.pending.size === 0) return;
    const positions = [...this.pending.values()];
    this.pending = new Map();
    for (let i = 0; i < positions.length; i += POSITIONS_PER_MESSAGE)
      this.nsp.serverSideEmit(POSITIONS, positions.slice(i, i + POSITIONS_PER_MESSAGE));
  }
}
