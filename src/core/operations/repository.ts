// Runs in: Node. Reads and bulk writes of the operations table.
//
// How a grid block is found (the grid asks for 100 rows at any offset of up to a million):
//   filter empty ──────────────────► OFFSET over the narrow index that serves the sort (index-only walk,
//                                    then read just the 100 rows in full)
//   filter selective (≤ 40k rows) ─► materialise the ordered row numbers in one query (≤ ~50 ms) and keep
//                                    them; every block is then a slice plus 100 primary-key reads, and the
//                                    total is the list's length
//   filter large (> 40k rows) ─────► shallow blocks: the OFFSET path; the first deep block starts building
//                                    the order in slices between other calls (order-build.ts) and waits
//                                    for it (deepOrder); later blocks are slices of it
// Totals and materialised orders are cached per query until the table changes: the grid asks for a block
// per scroll step, but the answer cannot change in between.
import type { Database } from 'better-sqlite3';
import { OPERATION_FIGURES, type OperationFigure, type OperationFigures } from '../../shared/operations/figures.ts';
import type { OperationsFilter, OperationsPageRequest, OperationsSort } from '../../shared/operations/query.ts';
import type { Operation, OperationRow } from '../../shared/operations/types.ts';
import { NOISE_SETTING_KEYS, NoiseResultSchema, noiseVerdict } from '../../shared/rules/noise.ts';
import type { SettingEntry } from '../../shared/settings/dated.ts';
import { settingsAt } from '../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults.ts';
import { searchKey } from '../../shared/text/search-key.ts';
import { BoundedCache } from '../cache/bounded-cache.ts';
import { addOperationFacts } from '../insights/facts/install.ts';
import { StatementCache } from '../cache/statements.ts';
import { KEEP_LOCAL_CHANGES } from '../records/keep-local-changes.ts';
import { OrderBuild, type Keyset, type OrderSlice } from './order-build.ts';
import { dropDerived } from './bulk-build.ts';
import {
  countSql,
  FIGURE_COLUMNS,
  filteredSql,
  figureColumns,
  filterTerms,
  keysetTerm,
  orderClause,
  SORT_INDEX,
  SORT_KEYS,
  whereClause,
  type SqlPart,
} from './page-sql.ts';

const RECORD_COLUMNS = `o.id, o.type, o.status, o.barrio, o.lat, o.lng, o.address, o.planned_start AS plannedStart,
  o.planned_end AS plannedEnd, o.shift, o.team, o.result_summary AS resultSummary, o.cancel_reason AS cancelReason,
  o.created_at AS createdAt, o.updated_at AS updatedAt, o.version`;

/**
 * A grid row also says where its sync stands (two primary-key probes per row: blocks are 100 rows) and carries the
 * figures counted from its details (page-sql.ts: FIGURE_COLUMNS).
 */
const COLUMNS = `${RECORD_COLUMNS}, ${FIGURE_COLUMNS},
  CASE WHEN EXISTS (SELECT 1 FROM conflicts c WHERE c.entity = 'operation' AND c.record_id = o.id) THEN 'conflict'
       WHEN EXISTS (SELECT 1 FROM outbox b WHERE b.entity = 'operation' AND b.record_id = o.id AND b.withdrawn = 0)
         THEN 'pending'
       ELSE 'synced' END AS syncState`;

const INSERT = `INSERT INTO operations (id, type, status, barrio, lat, lng, address, address_search, planned_start,
  planned_end, shift, team, result_summary, cancel_reason, created_at, updated_at, version, details)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Record field → column. An update sets only the columns whose value changed: every column in an UPDATE's
 * SET list rewrites the indexes over it (ten here, plus the address search trigger), changed or not. */
const COLUMN_OF: Readonly<Record<Exclude<keyof Operation, 'id'>, string>> = {
  type: 'type',
  status: 'status',
  barrio: 'barrio',
  lat: 'lat',
  lng: 'lng',
  address: 'address',
  plannedStart: 'planned_start',
  plannedEnd: 'planned_end',
  shift: 'shift',
  team: 'team',
  resultSummary: 'result_summary',
  cancelReason: 'cancel_reason',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  version: 'version',
  details: 'details',
};
const FIELDS = Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[];

/** A field as stored: details as JSON text (or NULL), everything else as it is. */
const stored = (row: Operation, field: keyof typeof COLUMN_OF): unknown =>
  field === 'details' ? (row.details ? JSON.stringify(row.details) : null) : row[field];

const valuesOf = (row: Operation) => [
  row.id,
  row.type,
  row.status,
  row.barrio,
  row.lat,
  row.lng,
  row.address,
  searchKey(row.address),
  row.plannedStart,
  row.plannedEnd,
  row.shift,
  row.team,
  row.resultSummary,
  row.cancelReason,
  row.createdAt,
  row.updatedAt,
  row.version,
  stored(row, 'details'),
];

/** A whole record: the grid's columns plus its details. */
const WHOLE = (columns: string) => `SELECT ${columns}, o.details FROM operations AS o WHERE o.id = ?`;
const withDetails = <T extends Operation>(row: (Omit<T, 'details'> & { details: string | null }) | undefined): T | null => {
  if (!row) return null;
  const { details, ...rest } = row;
  return (details ? { ...rest, details: JSON.parse(details) as Operation['details'] } : rest) as unknown as T;
};

const BY_SEQ_LIST = `SELECT ${COLUMNS} FROM json_each(?) AS wanted JOIN operations AS o ON o.seq = wanted.value
  ORDER BY wanted.key`;

/** An exported row: the record without its details, with its figures (no sync state). */
export type OperationExportRow = Omit<Operation, 'details'> & OperationFigures;
const exportColumns = (figures: readonly OperationFigure[]) => `${RECORD_COLUMNS}, ${figureColumns(figures)}`;

/** The noise result (JSON text, page-sql.ts) judged by the shared rule under the settings in force at the reading. */
function noiseStatus(json: string, entries: readonly SettingEntry[]): OperationFigures['noiseVerdict'] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = NoiseResultSchema.safeParse(data);
  if (!parsed.success) return null;
  const rules = settingsAt(entries, NOISE_SETTING_KEYS, parsed.data.measuredAt);
  return rules.ok ? noiseVerdict(parsed.data, rules.values).status : null;
}

/** Up to this many rows, a filter's order is one query (~1.2 µs a row sorted: ≤ ~50 ms); above, it is built in slices. */
export const MATERIALISE_LIMIT = 40_000;
/** Blocks before this offset of a large result are read by OFFSET while its order is being built (≤ ~10 ms). */
export const SHALLOW_OFFSET = 1_000;
/** Orders being built at once: a newer filter pushes the oldest build out (the grid shows one filter at a time). */
const BUILDS = 2;
const BULK_BATCH = 10_000;

/** Indexes and triggers of the operations table (not the PRIMARY KEY / UNIQUE ones, which have no SQL). */
function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export interface OperationsPageRows {
  rows: OperationRow[];
  total?: number;
}

/** The sort keys and seq of a keyset batch's last row (keysetRows' _k0…): where the next batch starts. */
const lastKeys = (rows: readonly Record<string, string | number | null>[], sort: OperationsSort): Keyset => {
  const last = rows[rows.length - 1]!;
  return [...SORT_KEYS[sort.column], 'seq'].map((_, i) => last[`_k${i}`]!);
};

/** A filtered result's rows, as a bitmap by seq. */
interface Members {
  readonly bits: Uint8Array;
  readonly count: number;
}

const isEmpty = (filter: OperationsFilter) =>
  Object.values(filter).every((v) => v === undefined || v === '' || (Array.isArray(v) && !v.length));

export class OperationsRepository {
  private readonly statements: StatementCache;
  private readonly totals = new BoundedCache<string, number>(64);
  private readonly orders = new BoundedCache<string, Int32Array | null>(8);
  /** Orders of large results, built in slices (4 MB per million rows). */
  private readonly built = new BoundedCache<string, Int32Array>(4);
  private readonly builds = new Map<string, OrderBuild>();

  constructor(
    private readonly db: Database,
    private readonly materialiseLimit: number = MATERIALISE_LIMIT,
    /** The dated settings noise verdicts are judged by (asked only when a block has a noise result). */
    private readonly settings: () => readonly SettingEntry[] = () => DEFAULT_SETTINGS,
  ) {
    this.statements = new StatementCache(db);
  }

  page(request: OperationsPageRequest): OperationsPageRows {
    const { filter, sort, offset, limit } = request;
    const order = this.selectiveOrder(filter, sort) ?? this.builtOrder(filter, sort);
    const rows = order ? this.rowsAt(order.subarray(offset, offset + limit)) : this.indexPage(request);
    return request.withTotal ? { rows, total: order ? order.length : this.count(filter) } : { rows };
  }

  /**
   * For a deep block (offset ≥ SHALLOW_OFFSET) of a large filtered result: starts building its order (if not built or
   * building) and resolves once it is ready — the caller then asks page(). Null when page() can answer at once. Only
   * a deep block starts a build: most filters are never scrolled that far, and a build takes the core's time (the
   * filter's bitmap, one query of up to ~75 ms, then ~0.4 s of slices for a million rows). The promise never
   * rejects: a build pushed out or stopped by a write leaves page() to the OFFSET path.
   */
  deepOrder({ filter, sort, offset }: OperationsPageRequest): Promise<void> | null {
    if (offset < SHALLOW_OFFSET || isEmpty(filter) || filter.text?.trim()) return null;
    if (this.selectiveOrder(filter, sort) || this.builtOrder(filter, sort)) return null;
    const key = JSON.stringify([filter, sort]);
    let build = this.builds.get(key);
    if (!build) {
      build = new OrderBuild(() => {
        const members = this.members(filter);
        return { read: (after, limit) => this.orderSlice(members, sort, after, limit), expected: members.count };
      });
      this.startBuild(key, build);
    }
    return build.done.then(
      () => undefined,
      () => undefined,
    );
  }

  count(filter: OperationsFilter): number {
    return this.totals.getOrCreate(JSON.stringify(filter), () => {
      const { sql, params } = countSql(filter);
      return (this.statements.get(sql).get(...params) as { n: number }).n;
    });
  }

  /** Inserts in one transaction. Callers batch (e.g. 10,000 rows) to bound transaction size. */
  insertMany(rows: Iterable<Operation>): number {
    const insert = this.statements.get(INSERT);
    let inserted = 0;
    this.db.transaction(() => {
      for (const row of rows) {
        insert.run(...valuesOf(row));
        inserted++;
      }
    })();
    this.changed();
    return inserted;
  }

  /**
   * Loads many rows at once, in one transaction: drops the table's secondary indexes and triggers, inserts,
   * recreates them from their own stored SQL and adds the new rows to the address search index and to the
   * Indicadores facts. Building an index once from all the data is much cheaper than updating ten of them per row;
   * being one transaction, a crash leaves the table exactly as it was.
   */
  bulkLoad(rows: Iterable<Operation>): number {
    let inserted = 0;
    if (!this.db.inTransaction) {
      // (SQLite refuses to change these within a caller's transaction, e.g. the demo seed's check-and-insert)
      this.db.pragma('threads = 2'); // lets SQLite sort for CREATE INDEX on a helper thread
      this.db.pragma('temp_store = MEMORY'); // index sorts stay off the disk
    }
    this.db.transaction(() => {
      const lastSeq = this.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM operations').pluck().get() as number;
      const derived = dropDerived(this.db, ['operations']);
      for (const batch of batches(rows, BULK_BATCH)) inserted += this.insertMany(batch);
      for (const d of derived) this.db.exec(d.sql);
      this.db
        .prepare('INSERT INTO operations_address_fts (rowid, address_search) SELECT seq, address_search FROM operations WHERE seq > ?')
        .run(lastSeq); // what the dropped insert trigger would have done, in one pass
      addOperationFacts(this.db, lastSeq); // and the Indicadores facts' trigger, likewise
    })();
    if (!this.db.inTransaction) {
      this.db.pragma('wal_checkpoint(TRUNCATE)'); // fold the big WAL back into the file now, not at random later
      this.db.pragma('analysis_limit = 1000'); // planner statistics from a sample: a full ANALYZE costs seconds
      this.db.exec('ANALYZE');
    }
    this.changed();
    return inserted;
  }

  get(id: string): Operation | null {
    return withDetails(this.statements.get(WHOLE(RECORD_COLUMNS)).get(id) as never);
  }

  /** Whole operations (with details) overlapping [from, to), not cancelled, in planned order; at most `limit`. */
  overlapping(from: number, to: number, limit: number): Operation[] {
    const sql = `SELECT ${RECORD_COLUMNS}, o.details FROM operations AS o
      WHERE o.planned_start < ? AND o.planned_end > ? AND o.status <> 'cancelled' ORDER BY o.planned_start LIMIT ?`;
    return (this.statements.get(sql).all(to, from, limit) as never[]).map((row) => withDetails<Operation>(row)!);
  }

  /** One operation as the grid shows it (with its sync state). */
  row(id: string): OperationRow | null {
    const row = withDetails<OperationRow>(this.statements.get(WHOLE(COLUMNS)).get(id) as never);
    return row && this.judged([row])[0]!;
  }

  /** Inserts or replaces whole records (the caller's transaction; it calls changed() once afterwards). */
  put(rows: Iterable<Operation>): void {
    for (const row of rows) this.write(row, this.get(row.id));
  }

  /** Records from the hub, each written only over an older version (replays and late pages change nothing). */
  putNewer(rows: Iterable<Operation>): void {
    for (const row of rows) {
      const current = this.get(row.id);
      if (!current || row.version > current.version) this.write(row, current);
    }
  }

  private write(row: Operation, current: Operation | null): void {
    if (!current) return void this.statements.get(INSERT).run(...valuesOf(row));
    const changed = FIELDS.filter((field) => stored(row, field) !== stored(current, field));
    if (!changed.length) return;
    const sets = changed.map((field) => `${COLUMN_OF[field]} = ?`);
    const values: unknown[] = changed.map((field) => stored(row, field));
    if (changed.includes('address')) {
      sets.push('address_search = ?');
      values.push(searchKey(row.address));
    }
    this.statements.get(`UPDATE operations SET ${sets.join(', ')} WHERE id = ?`).run(...values, row.id);
  }

  remove(id: string): void {
    this.statements.get('DELETE FROM operations WHERE id = ?').run(id);
  }

  /** Following another hub: its operations replace these, except those with local changes or conflicts. */
  resetForHub(): void {
    this.statements.get(`DELETE FROM operations WHERE ${KEEP_LOCAL_CHANGES}`).run({ entity: 'operation' });
  }

  /** Forget cached totals and orders, and stop the builds; call after any write to the table. */
  changed(): void {
    this.totals.clear();
    this.orders.clear();
    this.built.clear();
    for (const build of this.builds.values()) build.abort();
    this.builds.clear();
  }

  private startBuild(key: string, build: OrderBuild): void {
    if (this.builds.size >= BUILDS) {
      const [oldestKey, oldest] = this.builds.entries().next().value!;
      oldest.abort();
      this.builds.delete(oldestKey);
    }
    this.builds.set(key, build);
    const settle = (order?: Int32Array) => {
      if (this.builds.get(key) !== build) return; // stopped meanwhile: its order may be stale
      this.builds.delete(key);
      if (order) this.built.getOrCreate(key, () => order);
    };
    build.done.then(settle, () => settle());
  }

  private builtOrder(filter: OperationsFilter, sort: OperationsSort): Int32Array | null {
    return this.built.get(JSON.stringify([filter, sort])) ?? null;
  }

  /** The filter's rows as a bitmap by seq (one query over the filter's index, as its count: filteredSql). */
  private members(filter: OperationsFilter): Members {
    const { sql, params } = filteredSql('seq', filter);
    const seqs = this.statements
      .get(sql)
      .pluck()
      .all(...params) as number[];
    const bits = new Uint8Array((this.statements.get('SELECT COALESCE(MAX(seq), 0) FROM operations').pluck().get() as number) + 1);
    for (const seq of seqs) bits[seq] = 1;
    return { bits, count: seqs.length };
  }

  /**
   * A slice of a large result's order: the sort's own index walked by keyset, index only (no row is read), keeping
   * the filter's rows. Testing the filter on each row instead costs a row read per index entry: ~10 times slower.
   * Only the seqs are read (plucked numbers); the keys of the slice's last row, where the next one starts, by seq —
   * reading the keys of every entry made objects and strings of a million addresses (~0.9 s).
   */
  private orderSlice(members: Members, sort: OperationsSort, after: Keyset | null, limit: number): OrderSlice {
    const { sql, params } = this.keysetSql({}, sort, 'o.seq', after);
    const seqs = this.statements
      .get(sql)
      .pluck()
      .all(...params, limit) as number[];
    const keys = [...SORT_KEYS[sort.column], 'seq'].map((key) => `o.${key}`).join(', ');
    const last = () => this.statements.get(`SELECT ${keys} FROM operations AS o WHERE o.seq = ?`).raw().get(seqs.at(-1)) as Keyset;
    return { seqs: seqs.filter((seq) => members.bits[seq]), after: seqs.length < limit ? null : last() };
  }

  private indexPage({ filter, sort, offset, limit }: OperationsPageRequest): OperationRow[] {
    const where = whereClause(filter);
    const order = orderClause(sort);
    const sql = `SELECT ${COLUMNS} FROM (SELECT seq FROM operations ${where.sql} ${order} LIMIT ? OFFSET ?) AS page
      JOIN operations AS o USING (seq) ${order}`;
    return this.judged(this.statements.get(sql).all(...where.params, limit, offset) as OperationRow[]);
  }

  /**
   * The filter's rows in sort order when there are at most materialiseLimit of them; null when there are more
   * (then pages come from a sliced build, deepOrder, or the index). A text filter is materialised directly:
   * counting it would cost the same full-text pass a second time; other filters are counted first, which their
   * indexes make cheap.
   */
  private selectiveOrder(filter: OperationsFilter, sort: OperationsSort): Int32Array | null {
    if (isEmpty(filter)) return null;
    return this.orders.getOrCreate(JSON.stringify([filter, sort]), () => {
      if (!filter.text?.trim() && this.count(filter) > this.materialiseLimit) return null;
      const where = whereClause(filter);
      const seqs = this.statements
        .get(`SELECT seq FROM operations ${where.sql} ${orderClause(sort)} LIMIT ?`)
        .pluck()
        .all(...where.params, this.materialiseLimit + 1) as number[];
      return seqs.length > this.materialiseLimit ? null : Int32Array.from(seqs);
    });
  }

  private rowsAt(seqs: Int32Array): OperationRow[] {
    if (!seqs.length) return [];
    return this.judged(this.statements.get(BY_SEQ_LIST).all(JSON.stringify(Array.from(seqs))) as OperationRow[]);
  }

  /**
   * The filter's rows in sort order, `batchSize` at a time, for an export, with only the `figures` asked for (the
   * others null): each batch is one query (no statement stays open between batches, so the caller may yield to
   * other requests in between). A selective filter walks
   * its materialised order; a large one pages by keyset over the sort's own index.
   */
  *exportBatches(
    filter: OperationsFilter,
    sort: OperationsSort,
    batchSize: number,
    figures: readonly OperationFigure[] = OPERATION_FIGURES,
  ): Generator<OperationExportRow[]> {
    const columns = exportColumns(figures);
    const order = this.selectiveOrder(filter, sort);
    if (order) {
      const statement = this.statements.get(`SELECT ${columns} FROM json_each(?) AS wanted JOIN operations AS o ON o.seq = wanted.value
        ORDER BY wanted.key`);
      for (let i = 0; i < order.length; i += batchSize) {
        yield this.judged(statement.all(JSON.stringify(Array.from(order.subarray(i, i + batchSize)))) as OperationExportRow[]);
      }
      return;
    }
    let after: Keyset | null = null;
    for (;;) {
      const rows = this.keysetRows(filter, sort, columns, after, batchSize);
      if (!rows.length) return;
      after = lastKeys(rows, sort);
      yield this.judged(rows as unknown as OperationExportRow[]);
      if (rows.length < batchSize) return;
    }
  }

  /**
   * The filter's rows after `after` in the sort's total order, `limit` of them, each with its sort keys (_k0…): one
   * seek into the sort's own index, however deep, forced with INDEXED BY (page-sql.ts: keysetTerm says why).
   */
  private keysetRows(
    filter: OperationsFilter,
    sort: OperationsSort,
    columns: string,
    after: Keyset | null,
    limit: number,
  ): Record<string, string | number | null>[] {
    const keys = [...SORT_KEYS[sort.column], 'seq'].map((key, i) => `o.${key} AS _k${i}`).join(', ');
    const { sql, params } = this.keysetSql(filter, sort, `${columns}, ${keys}`, after);
    return this.statements.get(sql).all(...params, limit) as Record<string, string | number | null>[];
  }

  private keysetSql(filter: OperationsFilter, sort: OperationsSort, columns: string, after: Keyset | null): SqlPart {
    const terms = filterTerms(filter);
    const keyset = keysetTerm(sort, after);
    const conditions = [terms.sql, keyset.sql].filter(Boolean).join(' AND ');
    const sql = `SELECT ${columns} FROM operations AS o INDEXED BY ${SORT_INDEX[sort.column]}
      ${conditions ? `WHERE ${conditions}` : ''} ${orderClause(sort)} LIMIT ?`;
    return { sql, params: [...terms.params, ...keyset.params] };
  }

  /** Finishes the figures the SQL leaves raw (page-sql.ts: FIGURE_COLUMNS): finding counts and noise verdicts. */
  private judged<T extends OperationFigures>(rows: T[]): T[] {
    let entries: readonly SettingEntry[] | undefined;
    for (const row of rows as { -readonly [K in keyof OperationFigures]: unknown }[]) {
      if (typeof row.actas === 'string') {
        const [actas, notices, warnings] = row.actas.split(',').map(Number);
        row.actas = actas;
        row.notices = notices;
        row.warnings = warnings;
      }
      if (typeof row.noiseVerdict !== 'string') continue;
      entries ??= this.settings();
      row.noiseVerdict = noiseStatus(row.noiseVerdict, entries);
    }
    return rows;
  }
}
