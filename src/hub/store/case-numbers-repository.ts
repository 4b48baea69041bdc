// Runs in: Node. The hub's counters of case numbers, one per year; the caller's transaction makes them gap-free.
import type { SqlDb } from './sql/sql-db.ts';

export class CaseNumbersRepository {
  constructor(private readonly db: SqlDb) {}

  /** The next sequence of `year` (1 for its first case). */
  next(year: number): number {
    return this.db.value<number>(
      `INSERT INTO case_numbers (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = case_numbers.last + 1 RETURNING last`,
      year,
    )!;
  }
}
