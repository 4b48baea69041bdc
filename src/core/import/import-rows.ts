// Runs in: Node. An imported file checked against this console's cache and, when asked and nothing is refused,
// written — in ONE IMMEDIATE transaction either way. Each row's mutation goes through the one write path
// (write-path.ts: applied, kept, queued in the outbox) inside its own savepoint, so a refused row leaves nothing and
// every later row is judged against the earlier ones; at the end the transaction is rolled back (a check, or any
// row refused) or committed (every row queued at once). The check and the import are the same code: what the
// check accepted is what gets written.
import type { Role } from '../../shared/auth/roles.ts';
import { checkImport, type ImportJudge } from '../../shared/import/check-import.ts';
import type { RowSpec } from '../../shared/import/row-spec.ts';
import type { ImportResult } from '../../shared/api/import.ts';
import { searchKey } from '../../shared/text/search-key.ts';
import type { Cache } from '../cache/cache.ts';
import { LocalRefusal, write } from '../mutations/write-path.ts';

export interface Importer {
  readonly by: string | null;
  readonly role: Role | null;
  readonly now: number;
}

/** Thrown to roll the transaction back; carries the answer out. */
class Undo {
  constructor(readonly result: ImportResult) {}
}

function judgeOver(cache: Cache, { by, role, now }: Importer): ImportJudge {
  return {
    idByName: (entity, name) => {
      const key = searchKey(name);
      return cache.records.list(entity).find((record) => 'name' in record && searchKey(record.name) === key)?.id ?? null;
    },
    apply: (mutation) => {
      try {
        write(cache, mutation, by, now, role);
        return null;
      } catch (err) {
        if (err instanceof LocalRefusal) return err.reason;
        throw err;
      }
    },
  };
}

/** The file's report; with `commit`, every row queued when none is refused (`imported`: how many). */
export function importRows(cache: Cache, spec: RowSpec, text: string, importer: Importer, commit: boolean): ImportResult {
  try {
    return cache.db
      .transaction(() => {
        const { report, mutations } = checkImport(spec, text, judgeOver(cache, importer));
        if (!commit || report.refused.length > 0) throw new Undo({ ...report, imported: 0 });
        return { ...report, imported: mutations.length };
      })
      .immediate();
  } catch (err) {
    if (err instanceof Undo) return err.result;
    throw err;
  }
}
