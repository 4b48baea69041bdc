// Runs in: Node. The hub's in-memory picture of the units and their latest positions: loaded from the store at
// start, then kept in step with every commit — this process's, and on PostgreSQL the other hub processes' too
// (cluster-link.ts). Snapshots and the devices' dispatch read it without touching the store; decisions that write
// read the store itself, inside their transaction.
import type { Unit, UnitPosition } from '../../shared/live/units.ts';

export class UnitBook {
  private readonly units = new Map<string, Unit>();
  private readonly positions = new Map<string, UnitPosition>();

  constructor(units: readonly Unit[], positions: readonly UnitPosition[]) {
    for (const unit of units) this.units.set(unit.id, unit);
    for (const position of positions) this.positions.set(position.unitId, position);
  }

  unit(id: string): Unit | undefined {
    return this.units.get(id);
  }

  allPositions(): UnitPosition[] {
    return [...this.positions.values()];
  }

  setUnit(unit: Unit): void {
    this.units.set(unit.id, unit);
  }

  /**
   * Records a position unless a newer one (by device time) is known; true when it became the latest.
   * Telemetry can arrive out of order (a device replaying after a gap); only the newest describes the unit now.
   * A known position dated after `latest` (the latest device time the hub accepts now) is no newer than anything:
   * it came from a clock that jumped ahead — kept by an earlier hub, before clocks were checked — and must not
   * freeze the unit for good.
   */
  offerPosition(position: UnitPosition, latest: number): boolean {
    const known = this.positions.get(position.unitId);
    if (known && known.deviceTime > position.deviceTime && known.deviceTime <= latest) return false;
    this.positions.set(position.unitId, position);
    return true;
  }
}
