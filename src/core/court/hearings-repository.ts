// Runs in: Node. Hearings out of the generic records table by when they start and by case, through the partial
// expression indexes of cache migration 9: a court's week out of a year of hearings reads only that week's rows.
// INDEXED BY, because without statistics the planner prefers the primary key's (entity = 'hearing') and would
// read every hearing of the year.
import type { Database } from 'better-sqlite3';
import type { Hearing } from '../../shared/records/hearing-schema.ts';
import { StatementCache } from '../cache/statements.ts';

const parse = (rows: unknown[]) => (rows as string[]).map((data) => JSON.parse(data) as Hearing);

export class HearingsRepository {
  private readonly statements: StatementCache;
  constructor(db: Database) {
    this.statements = new StatementCache(db);
  }

  /** Hearings starting in [from, to) (epoch ms), by start. */
  startingBetween(from: number, to: number): Hearing[] {
    const rows = this.statements
      .get(
        `SELECT data FROM records INDEXED BY records_hearing_start
         WHERE entity = 'hearing' AND json_extract(data, '$.start') >= ? AND json_extract(data, '$.start') < ?
         ORDER BY json_extract(data, '$.start')`,
      )
      .pluck()
      .all(from, to);
    return parse(rows);
  }

  /** One case's hearings, by start. */
  ofCase(caseId: string): Hearing[] {
    const rows = this.statements
      .get(
        `SELECT data FROM records WHERE entity = 'hearing' AND json_extract(data, '$.caseId') = ? ORDER BY json_extract(data, '$.start')`,
      )
      .pluck()
      .all(caseId);
    return parse(rows);
  }

  /** The judges named on a court's (every court's: null) hearings starting in [from, to), for suggestions. */
  judges(courtId: string | null, from: number, to: number): string[] {
    return this.statements
      .get(
        `SELECT DISTINCT json_extract(data, '$.judge') FROM records INDEXED BY records_hearing_start
         WHERE entity = 'hearing' AND json_extract(data, '$.start') >= @from AND json_extract(data, '$.start') < @to
           AND (@courtId IS NULL OR json_extract(data, '$.courtId') = @courtId) ORDER BY 1`,
      )
      .pluck()
      .all({ courtId, from, to }) as string[];
  }
}
