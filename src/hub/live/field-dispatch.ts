// Runs in: Node. What a unit's crew is told on its device ('dispatch' on /field, shared/hub-protocol/field.ts) —
// what a real mobile data terminal gets: the unit's task, for an incident where to go, and its status in force.
// Every device of a unit is in the unit's room. A device gets the picture when it connects, and again whenever the
// unit's task changes or a dispatcher sets its status (the hub's publish shows it every unit change, after the
// commit). A status the device reported itself it knows already: it is not echoed back.
import type { Namespace, Socket } from 'socket.io';
import type { FieldDispatch } from '../../shared/hub-protocol/field.ts';
import type { Unit } from '../../shared/live/units.ts';
import type { HubStore } from '../store/hub-store.ts';

const EVENT = 'dispatch';
const unitRoom = (unitId: string) => `unit:${unitId}`;

/** Whether a unit's change is news for its crew: another task, or a status a dispatcher set. */
export function concernsCrew(before: Unit | undefined, after: Unit): boolean {
  if (!before) return true;
  const otherTask = before.task?.kind !== after.task?.kind || before.task?.id !== after.task?.id;
  const dispatcherSet = after.statusSource === 'dispatcher' && (after.status !== before.status || after.statusAt !== before.statusAt);
  return otherTask || dispatcherSet;
}

export class FieldDispatcher {
  constructor(
    private readonly nsp: Namespace,
    private readonly store: HubStore,
  ) {}

  /** A device of `unitId` connected: it joins the unit's room and gets the unit's picture at once. */
  greet(socket: Socket, unitId: string, unit: Unit | undefined): void {
    void socket.join(unitRoom(unitId));
    if (unit) socket.emit(EVENT, this.dispatchOf(unit));
  }

  /** A unit changed (published, so committed): its devices hear of what concerns the crew. */
  unitChanged(before: Unit | undefined, after: Unit): void {
    // `local`: every hub process sees every unit change and tells its own devices.
    if (concernsCrew(before, after)) this.nsp.local.to(unitRoom(after.id)).emit(EVENT, this.dispatchOf(after));
  }

  private dispatchOf(unit: Unit): FieldDispatch {
    const incident = unit.task?.kind === 'incident' ? this.store.records.get('incident', unit.task.id) : null;
    return {
      unitId: unit.id,
      task: unit.task,
      place: incident && { lat: incident.place.lat, lng: incident.place.lng },
      status: unit.status,
      statusSource: unit.statusSource,
      statusAt: unit.statusAt,
    };
  }
}
