// Runs in: Node. The top of the first page: the report's title and month, then what it covers — the scope (the
// whole city, or its barrios and CPCs), the days, how many records the figures come from — and when it was made.
import { cordobaIsoDate } from '../../../shared/time/cordoba.ts';
import { capitalise } from '../format.ts';
import { labelled, padded, rule, stack, text } from '../../pdf/blocks.ts';
import { COLOR, SPACE, STYLE, WIDTH } from '../layout.ts';
import type { MonthlyReport } from '../report.ts';
import { plural } from '../texts.ts';
import type { ReportContext } from './context.ts';

const LABEL_WIDTH = 80;

export function cover(ctx: ReportContext, report: MonthlyReport): void {
  const { ts, t, fmt, flow, language } = ctx;
  const { filter, basis } = report.current;
  const generated = fmt.instant(report.generatedAt);
  const running = cordobaIsoDate(report.generatedAt) < filter.to;
  const period = t(running ? 'period.inProgress' : 'period.value', { from: fmt.date(filter.from), to: fmt.date(filter.to) });
  const count = (n: number) => fmt.integer(n);
  const rows: [string, string][] = [
    [t('scope.label'), scope(ctx, report)],
    [t('period.label'), period],
    [
      t('basisLabel'),
      t('basis', {
        operations: count(basis.operations),
        findings: count(basis.findings),
        notices: count(basis.notices),
        incidents: count(basis.incidents),
        cases: count(basis.cases),
      }),
    ],
    [t('generated.label'), t('generated.value', generated)],
  ];
  flow.place(
    stack([
      text(ts, t('title').toLocaleUpperCase(language), STYLE.title, WIDTH),
      text(ts, capitalise(fmt.month(report.month), language), STYLE.subtitle, WIDTH),
      padded(rule(ts, WIDTH, COLOR.accent, 1.2), 8, 6),
      ...rows.map(([label, value]) =>
        padded(labelled(ts, label.toLocaleUpperCase(language), value, { label: STYLE.label, value: STYLE.body }, WIDTH, LABEL_WIDTH), 0, 2),
      ),
    ]),
  );
  flow.space(SPACE.section);
}

function scope(ctx: ReportContext, report: MonthlyReport): string {
  const { t, fmt } = ctx;
  const { barrios, cpcs } = report.scope;
  if (barrios.length === 0 && cpcs.length === 0) return t('scope.city');
  const parts: string[] = [];
  if (barrios.length > 0) parts.push(t(plural('scope.barrios', barrios.length), { list: fmt.list(barrios) }));
  if (cpcs.length > 0) parts.push(t(plural('scope.cpcs', cpcs.length), { list: fmt.list(cpcs) }));
  return parts.join(' · ');
}
