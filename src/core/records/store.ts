// Runs in: Node. What the write path and the sync need of a kind's records in the cache, whatever table holds them.
export interface RecordStore<R> {
  get(id: string): R | null;
  /** Writes a record as it is (the write path's own versions, which may go back on a rollback). */
  put(record: R): void;
  /** Records from the hub, in bulk: each only over an older version. */
  putNewer(records: readonly R[]): void;
  remove(id: string): void;
  /** Following another hub: drops every record but those with local changes or conflicts. */
  resetForHub(): void;
}
