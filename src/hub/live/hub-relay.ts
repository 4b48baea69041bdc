// Runs in: Node. What a commit or an accepted report sets in motion in this hub process — and, on PostgreSQL, in
// the other hub processes on the same database (cluster-link.ts):
//
//   a commit here ──publish──► remember: unit book, devices' dispatch, clock tolerance
//                             ├─► deliver: one 'changes' packet per room to this hub's consoles
//                             └─► the other hubs ──► remember + deliver to theirs
//   a report here ──addPosition──► fanout (this hub's consoles, every tick) + the other hubs' fanouts
//   an administrator here ends connections ──endEverywhere──► this hub's + the other hubs'
//
// The in-memory picture follows every unit change, whoever made it, after the commit; a change older than what
// the book has (another hub's, arriving late) changes nothing. A message lost between hubs (a dropped LISTEN
// connection) is repaired: consoles find the gap in the seqs and pull, and refresh() re-reads the units saved
// since the last round.
import type { Namespace } from 'socket.io';
import type { Change } from '../../shared/hub-protocol/changes.ts';
import type { Unit, UnitPosition } from '../../shared/live/units.ts';
import type { HubStore } from '../store/hub-store.ts';
import type { ClockToleranceCache } from './clock-tolerance.ts';
import { ClusterLink, type Ended } from './cluster-link.ts';
import type { FieldDispatcher } from './field-dispatch.ts';
import { PositionFanout } from './position-fanout.ts';
import { roomOf } from './rooms.ts';
import type { UnitBook } from './unit-book.ts';

/** Units changed since the last refresh are read again from this much earlier (other hubs' clocks). */
const UNITS_REREAD_MARGIN_MS = 60_000;

export interface HubRelayDeps {
  readonly consoles: Namespace;
  readonly store: HubStore;
  readonly book: UnitBook;
  readonly dispatcher: FieldDispatcher;
  readonly clock: ClockToleranceCache;
  readonly now: () => number;
  /** Whether other hub processes share the store (a cluster adapter is in place). */
  readonly clustered: boolean;
  /** Closes this hub's connections that an administrator's change ended (here or on another hub). */
  readonly endHere: (ended: Ended) => void;
}

export class HubRelay {
  private readonly fanout: PositionFanout;
  private readonly link: ClusterLink | null;
  private unitsReadAt: number;

  constructor(private readonly deps: HubRelayDeps) {
    this.fanout = new PositionFanout(deps.consoles, roomOf('unit'));
    this.unitsReadAt = deps.now();
    this.link = deps.clustered
      ? new ClusterLink(deps.consoles, {
          changes: (changes) => (this.remember(changes), this.deliver(changes)),
          positions: (positions) => this.othersPositions(positions),
          ended: deps.endHere,
        })
      : null;
  }

  /** Changes this hub committed, in seq order. */
  publish(changes: readonly Change[]): void {
    this.remember(changes);
    this.link?.shareChanges(changes);
    this.deliver(changes);
  }

  /** A position this hub's device reported, newest for its unit. */
  addPosition(position: UnitPosition): void {
    this.fanout.add(position);
    this.link?.addPosition(position);
  }

  /** Closes the connections an administrator's change ended, on every hub process of the store. */
  endEverywhere(ended: Ended): void {
    this.deps.endHere(ended);
    this.link?.shareEnded(ended);
  }

  /** Every ~50 ms: the positions gathered since the last tick go out. */
  tick(): void {
    this.fanout.tick();
    this.link?.tick();
  }

  /** Re-reads the units saved since the last refresh (by any hub): repairs a message between hubs that was lost. */
  refresh(): void {
    if (!this.link) return;
    const since = this.unitsReadAt - UNITS_REREAD_MARGIN_MS;
    this.unitsReadAt = this.deps.now();
    for (const unit of this.deps.store.records.changedSince('unit', since)) this.rememberUnit(unit);
  }

  private remember(changes: readonly Change[]): void {
    for (const change of changes) {
      if (change.entity === 'setting') this.deps.clock.forget();
      if (change.entity === 'unit') this.rememberUnit(change.data);
    }
  }

  private rememberUnit(unit: Unit): void {
    const { book, dispatcher } = this.deps;
    if ((book.unit(unit.id)?.version ?? 0) >= unit.version) return;
    dispatcher.unitChanged(book.unit(unit.id), unit);
    book.setUnit(unit);
  }

  /**
   * One 'changes' packet per room and batch (a push of 500 mutations is one packet, not 500), in seq order, to this
   * hub's consoles only (`local`: a broadcast through the cluster adapter is delivered only after its NOTIFY, and two
   * of them may overtake each other); the other hubs deliver the batch to theirs when the link brings it.
   */
  private deliver(changes: readonly Change[]): void {
    const byRoom = new Map<string, Change[]>();
    for (const change of changes) {
      const room = roomOf(change.entity);
      const batch = byRoom.get(room);
      if (batch) batch.push(change);
      else byRoom.set(room, [change]);
    }
    for (const [room, batch] of byRoom) this.deps.consoles.local.to(room).emit('changes', batch);
  }

  /** Positions other hubs' devices reported: into the book, and out to this hub's consoles at once. */
  private othersPositions(positions: readonly UnitPosition[]): void {
    const latest = this.deps.clock.window(this.deps.now())?.latest ?? Infinity;
    for (const position of positions) if (this.deps.book.offerPosition(position, latest)) this.fanout.add(position);
    this.fanout.tick();
  }
}
