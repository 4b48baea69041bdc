// A unit's task as the board names it — "Incidente · Ruidos molestos · Nueva Córdoba", "Operativo · Control de
// ruidos · Güemes" — from the records this console holds: the incidents of the queue (open and recently ended)
// and today's operations. A task naming a record the console does not hold (not yet, not today's, or not one the
// role reads: a coordinator sees units but not incidents) still says what kind it is.
import type { TFunction } from 'i18next';
import type { UnitTask } from '../../../shared/live/units.ts';
import type { Operation } from '../../../shared/operations/types.ts';
import type { Incident } from '../../../shared/records/incident-schema.ts';

export interface TaskDirectory {
  readonly incidents: ReadonlyMap<string, Pick<Incident, 'category' | 'place'>>;
  readonly operations: ReadonlyMap<string, Pick<Operation, 'type' | 'barrio'>>;
}

export const EMPTY_TASK_DIRECTORY: TaskDirectory = { incidents: new Map(), operations: new Map() };

export function taskLabel(task: UnitTask, directory: TaskDirectory, t: TFunction<'ui'>, tIncidents: TFunction<'incidents'>): string {
  if (task.kind === 'incident') {
    const incident = directory.incidents.get(task.id);
    return incident
      ? t('unit.task.incident', { category: tIncidents(`category.${incident.category}`), barrio: incident.place.barrio })
      : t('unit.task.incidentUnknown');
  }
  const operation = directory.operations.get(task.id);
  return operation
    ? t('unit.task.operation', { type: t(`operationType.${operation.type}`), barrio: operation.barrio })
    : t('unit.task.operationUnknown');
}
