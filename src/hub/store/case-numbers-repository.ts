// Runs in: Node. The hub's counters of case numbers, one per year; the caller's transaction makes them gap-free.
import type { StatementCache } from '../../core/cache/statements.ts';

export class CaseNumbersRepository {
  constructor(private readonly statements: StatementCache) {}

  /** The next sequence of `year` (1 for its first case). */
  next(year: number): number {
    return this.statements
      .get(
        `INSERT INTO case_numbers (year, last) VALUES (?, 1)
         ON CONFLICT (year) DO UPDATE SET last = case_numbers.last + 1 RETURNING last`,
      )
      .pluck()
      .get(year) as number;
  }
}
