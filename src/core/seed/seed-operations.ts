// Runs in: Node. Fills the cache with deterministic demo operations: row by row for small sets, through the
// repository's bulk load (indexes rebuilt once at the end) for large ones.
import { generateOperations, type GenerateOptions } from '../../shared/demo/generate-operations.ts';
import type { OperationsRepository } from '../operations/repository.ts';

const BULK_THRESHOLD = 50_000;

export function seedOperations(repo: OperationsRepository, options: GenerateOptions): number {
  const rows = generateOperations(options);
  return options.count < BULK_THRESHOLD ? repo.insertMany(rows) : repo.bulkLoad(rows);
}
