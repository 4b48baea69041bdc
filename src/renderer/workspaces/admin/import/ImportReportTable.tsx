// The import check's answer: how many rows were read and are correct, and every problem with its line, its column
// and the reason in words (a refusal of the mutation itself in the words of the write path's refusals).
import { useTranslation } from 'react-i18next';
import type { ImportKind } from '../../../../shared/import/import-kinds.ts';
import type { ImportProblem, ImportReport } from '../../../../shared/import/problems.ts';
import { ListTable } from '../../../components/ListTable.tsx';
import { formatNumber } from '../../../i18n/format.ts';

const COLUMNS = ['line', 'column', 'reason'] as const;
/** Every figure or name a problem's sentence may take (problems.ts); numbers written as the language does. */
const PARAMS = ['max', 'min', 'column', 'expected', 'found', 'options', 'name', 'line'] as const;

interface ImportReportTableProps {
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly report: ImportReport;
}

export function ImportReportTable({ kind, fileName, report }: ImportReportTableProps) {
  const { t, i18n } = useTranslation('import');
  const { t: tErrors } = useTranslation('errors');
  const number = (value: number) => formatNumber(value, i18n.language);

  const reason = (problem: ImportProblem): string => {
    if (problem.code === 'refused') return problem.reason === 'already_exists' ? t(`exists.${kind}`) : tErrors(`refusal.${problem.reason}`);
    const given = problem.params ?? {};
    const params = Object.fromEntries(
      PARAMS.map((key) => [key, typeof given[key] === 'number' ? number(given[key]) : (given[key] ?? '')]),
    ) as Record<(typeof PARAMS)[number], string>;
    return t(`problem.${problem.code}`, params);
  };

  const refused = report.refused.length;
  return (
    <div className="import-report" data-testid="import-report">
      <p role="status" className="import-report__summary" data-testid="import-summary">
        {t('summary', { file: fileName, rows: number(report.rows), accepted: number(report.accepted) })}{' '}
        {refused === 0 ? t('allGood') : t('problems', { count: refused })}
      </p>
      {refused > 0 && (
        <ListTable
          className="import-report__table"
          testId="import-problems"
          caption={t('caption')}
          columns={COLUMNS}
          columnLabel={(column) => t(`column.${column}`)}
        >
          {report.refused.map((problem, index) => (
            <tr key={index} data-testid="import-problem" data-line={problem.line ?? ''} data-code={problem.code}>
              <th scope="row">{problem.line === null ? t('wholeFile') : number(problem.line)}</th>
              <td>{problem.column ?? t('noColumn')}</td>
              <td>{reason(problem)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
