// Runs anywhere: what an import check answers (docs/ARCHITECTURE.md, "Administration"). Codes and figures only;
// the sentences are the `import` namespace's (problem.*) and, for a refusal of the mutation itself, errors.refusal.*.
import type { RefusalReason } from '../records/refusals.ts';

/** Problems with the whole file: nothing after them can be read reliably. */
export const FILE_PROBLEMS = [
  'file_too_large',
  'line_too_long',
  'too_many_rows',
  'unterminated_quote',
  'text_after_quote',
  'stray_quote',
  'bare_cr',
  'no_rows',
  'wrong_separator',
  'unknown_column',
  'missing_column',
  'duplicate_column',
] as const;

/** Problems with one row (one of its cells, or the row as a whole). */
export const ROW_PROBLEMS = [
  'field_count',
  'formula',
  'control_character',
  'required',
  'too_long',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_date',
  'date_out_of_range',
  'invalid_number',
  'invalid_format',
  'duplicated',
  'unknown_option',
  'unknown_name',
  'duplicate',
] as const;

export type FileProblemCode = (typeof FILE_PROBLEMS)[number];
export type RowProblemCode = (typeof ROW_PROBLEMS)[number];
export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * One refusal. `line`: the line of the file as a text editor numbers it (a row's first line; null: the file as a
 * whole). `column`: the header of the cell it is about, as written in the file. 'refused': the row's mutation
 * itself was refused against what the console holds (`reason`: errors.refusal.*).
 */
export type ImportProblem = { readonly line: number | null; readonly column?: string } & (
  | { readonly code: FileProblemCode | RowProblemCode; readonly params?: ProblemParams }
  | { readonly code: 'refused'; readonly reason: RefusalReason }
);

/** rows: data rows read (blank ones skipped); accepted: rows with no problem; refused: every problem, in file order. */
export interface ImportReport {
  readonly rows: number;
  readonly accepted: number;
  readonly refused: readonly ImportProblem[];
}
