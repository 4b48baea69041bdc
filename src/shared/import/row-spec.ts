// Runs anywhere: what one kind of import declares — its columns (Spanish headers, as in the template) and how a row
// becomes its mutation's fields. The checking itself is one generic function (check-import.ts) for every kind.
import type { MutationKind } from '../records/mutations.ts';
import type { RefusalReason } from '../records/refusals.ts';
import type { CellType } from './cells.ts';

export interface ColumnSpec {
  /** The header, lower case, without accents (headers are matched folded: «Calibrado_El» is calibrado_el). */
  readonly header: string;
  readonly cell: CellType;
  /** Whether the header must be in the file (an optional column may be left out entirely). */
  readonly required: boolean;
  /** The mutation's field this column fills ('calibration.on'): the mutation's own problems are said on it. */
  readonly field: string;
  /** The template's example cell. */
  readonly example: string;
}

/** The cells of one row by header (undefined: empty or absent), as their columns read them. */
export type RowValues = Readonly<Record<string, string | number | readonly string[] | undefined>>;

export interface RowSpec {
  readonly mutation: MutationKind;
  readonly columns: readonly ColumnSpec[];
  /** The column naming the record (its id is made from it): duplicates in the file and 'already_exists' are said on it. */
  readonly key: string;
  /** The mutation's fields (without `kind`); the mutation's schema and `apply` judge them. */
  fields(values: RowValues): Readonly<Record<string, unknown>>;
  /** The column a refusal of the mutation is about, when it is about one. */
  readonly refusalColumns?: Partial<Readonly<Record<RefusalReason, string>>>;
}
