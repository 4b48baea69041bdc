// Runs in: Node. Which records of which kinds a write or a server batch changed — what 'records.changed' says.
import { MAX_CHANGED_IDS, type RecordsChanged } from '../../shared/api/records.ts';
import { RECORD_ENTITIES, type RecordEntity } from '../../shared/records/registry.ts';

export class ChangedRecords {
  private readonly ids = new Map<RecordEntity, Set<string>>();

  add(entity: RecordEntity, id: string): this {
    const ids = this.ids.get(entity) ?? new Set<string>();
    this.ids.set(entity, ids.add(id));
    return this;
  }

  idsOf(entity: RecordEntity): readonly string[] {
    return [...(this.ids.get(entity) ?? [])];
  }

  isEmpty(): boolean {
    return this.ids.size === 0;
  }

  /** One event per kind; more ids than MAX_CHANGED_IDS are not listed. */
  events(source: RecordsChanged['source']): RecordsChanged[] {
    return [...this.ids].map(([entity, ids]) => ({ entity, ids: ids.size > MAX_CHANGED_IDS ? null : [...ids], source }));
  }
}

/** Every kind replaced at once (a new hub, a rebuilt cache): one event per kind, nothing listed. */
export const everyKindReset = (): RecordsChanged[] => RECORD_ENTITIES.map((entity) => ({ entity, ids: null, source: 'reset' }));
