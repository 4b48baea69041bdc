// The demo's records while its story is told: every change goes through the kinds' own mutations (applyMutation),
// as the hub would decide it at that moment, with the records made so far as the context — so a closed operation's
// court cases, a notice's re-inspection and an unmet notice's acta are derived by the same code as in real use.
import type { Role } from '../auth/roles.ts';
import type { Applied, DerivedRecord, MutationContext, VersionedRecord } from '../records/kind.ts';
import { applyMutation, entityOf, type Mutation } from '../records/mutations.ts';
import type { RecordEntity, RecordOf, SharedRecord } from '../records/registry.ts';
import type { SettingEntry } from '../settings/dated.ts';
import { demoUsername } from './accounts.ts';

export class DemoWorld {
  private readonly records = new Map<RecordEntity, Map<string, VersionedRecord>>();
  /** Changes the kinds refused: none in a well-told story (the tests hold it to that); a refused step is skipped. */
  refused = 0;

  constructor(
    private readonly settings: readonly SettingEntry[],
    private readonly caseNumber: (year: number) => string,
  ) {}

  get<E extends RecordEntity>(entity: E, id: string): RecordOf<E> | null {
    return (this.records.get(entity)?.get(id) as RecordOf<E> | undefined) ?? null;
  }

  all<E extends RecordEntity>(entity: E): RecordOf<E>[] {
    return [...(this.records.get(entity)?.values() ?? [])] as RecordOf<E>[];
  }

  /** Keeps a record as it is (one the story writes itself, not through a mutation: a generated plan). */
  put<E extends RecordEntity>(entity: E, record: RecordOf<E>): void {
    const kind = this.records.get(entity) ?? new Map<string, VersionedRecord>();
    kind.set(record.id, record);
    this.records.set(entity, kind);
  }

  /** The context a mutation made at `at` by the demo account of `role` is decided with. */
  context(at: number, role: Role): MutationContext {
    return {
      now: at,
      by: demoUsername(role),
      role,
      console: null,
      read: (entity, id) => this.records.get(entity as RecordEntity)?.get(id) ?? null,
      settings: () => this.settings,
      caseNumber: this.caseNumber,
    };
  }

  /**
   * Applies a mutation at `at` as the demo account of `role`; the new record, or null when the kind refused it — or
   * when `keep` (shown what the mutation made) says the story will not take it after all.
   */
  apply<E extends RecordEntity>(
    mutation: Mutation,
    at: number,
    role: Role,
    keep: (applied: Extract<Applied<SharedRecord>, { ok: true }>) => boolean = () => true,
  ): RecordOf<E> | null {
    const entity = entityOf(mutation.kind);
    const applied = applyMutation(this.get(entity, mutation.id), mutation, this.context(at, role));
    if (!applied.ok) {
      this.refused++;
      return null;
    }
    if (!keep(applied)) return null;
    this.made([{ entity, record: applied.record }, ...(applied.derived ?? [])]);
    return applied.record as unknown as RecordOf<E>;
  }

  /** Keeps what a change made: its record and those it derived. */
  made(records: readonly DerivedRecord[]): void {
    for (const { entity, record } of records) this.put(entity as RecordEntity, record as SharedRecord);
  }
}
