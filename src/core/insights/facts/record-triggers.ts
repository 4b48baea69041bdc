// Runs in: Node. Triggers that keep the facts of one kind of the generic records table (notices, incidents, court
// cases) equal to its records: on every insert (including INSERT OR REPLACE, whose implicit delete fires no
// trigger), update and delete of a record of that kind, its old facts go and its new ones come.
import type { GenericCacheEntity } from '../../../shared/records/registry.ts';

/** A record row of the trigger (`new`/`old`) as a one-row source with columns id and data. */
export const recordOf = (row: 'new' | 'old') => `(SELECT ${row}.id AS id, ${row}.data AS data)`;
/** Every record of a kind as a source with columns id and data. */
export const recordsOf = (entity: GenericCacheEntity) => `(SELECT id, data FROM records WHERE entity = '${entity}')`;

export interface RecordFacts {
  readonly entity: GenericCacheEntity;
  /** Statements that delete the facts of the record whose id is the SQL expression given. */
  readonly remove: (id: string) => string;
  /** Statements that insert the facts of the records a source yields (recordOf / recordsOf), alias r. */
  readonly add: (source: string) => string;
}

export const recordTriggersSql = ({ entity, remove, add }: RecordFacts) => `
  CREATE TRIGGER insight_${entity}_added AFTER INSERT ON records WHEN new.entity = '${entity}'
  BEGIN ${remove('new.id')} ${add(recordOf('new'))} END;
  CREATE TRIGGER insight_${entity}_changed AFTER UPDATE OF data ON records WHEN new.entity = '${entity}'
  BEGIN ${remove('old.id')} ${add(recordOf('new'))} END;
  CREATE TRIGGER insight_${entity}_removed AFTER DELETE ON records WHEN old.entity = '${entity}'
  BEGIN ${remove('old.id')} END;
`;
