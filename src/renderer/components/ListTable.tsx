// A list of records as a table in its scrolling wrapper: a caption for screen readers, one header per column, and
// the rows the owner draws. Its look is styles/lists.css (the owner's classes add its own).
import type { ReactNode } from 'react';

interface ListTableProps<C extends string> {
  /** The wrapper's own class, when the owner places it (its size in a layout). */
  readonly wrapClassName?: string;
  readonly className: string;
  readonly testId: string;
  readonly caption: string;
  readonly columns: readonly C[];
  readonly columnLabel: (column: C) => string;
  /** The rows (<tr>). */
  readonly children: ReactNode;
}

export function ListTable<C extends string>({
  wrapClassName,
  className,
  testId,
  caption,
  columns,
  columnLabel,
  children,
}: ListTableProps<C>) {
  return (
    <div className={wrapClassName ? `list-table-wrap ${wrapClassName}` : 'list-table-wrap'}>
      <table className={`list-table ${className}`} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
