// Runs in: Node. The monthly report as a PDF: the first page's title, scope, headline and the month at a glance,
// then every indicator with its chart and table, then the page furniture over every page. Pure apart from PDFKit:
// no clock, no file, no database — the caller gives it the Dashboards (export-report.ts) and decides where the
// bytes go. Same input, same bytes (pdf.ts): the report's creation date is its generation time.
import type { Language } from '../../shared/api/prefs.ts';
import { boxed, text } from '../pdf/blocks.ts';
import { Flow } from '../pdf/flow.ts';
import { createPdf, finish } from '../pdf/pdf.ts';
import { Typesetter } from '../pdf/typesetter.ts';
import { ReportFormatter } from './format.ts';
import { drawReportFurniture } from './furniture.ts';
import { COLOR, REPORT_FLOW, REPORT_PAGE, STYLE, WIDTH } from './layout.ts';
import type { MonthlyReport } from './report.ts';
import type { ReportContext } from './sections/context.ts';
import { cover } from './sections/cover.ts';
import { headline } from './sections/headline.ts';
import { indicators } from './sections/indicator.ts';
import { summary } from './sections/summary.ts';
import { DEFAULT_LANGUAGE, reportTranslators } from './texts.ts';

export async function renderInsightsReportPdf(report: MonthlyReport, options: { language?: Language } = {}): Promise<Buffer> {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const { t, ti } = reportTranslators(language);
  const fmt = new ReportFormatter(t, ti);
  const month = fmt.month(report.month);
  const pdf = createPdf(
    {
      title: t('meta.title', { month }),
      author: t('meta.author'),
      subject: t('meta.subject', { month }),
      keywords: [report.month, ...report.scope.barrios, ...report.scope.cpcs],
      createdAt: report.generatedAt,
      language,
    },
    REPORT_PAGE,
  );
  const flow = new Flow(new Typesetter(pdf), REPORT_FLOW);
  const ctx: ReportContext = { flow, ts: flow.ts, t, ti, fmt, language };

  cover(ctx, report);
  if (isEmpty(report)) {
    flow.place(
      boxed(ctx.ts, WIDTH, { padding: 12, fill: COLOR.boxFill, stroke: COLOR.accent }, (w) =>
        text(ctx.ts, t('empty', { month }), STYLE.bodyBold, w),
      ),
    );
  } else {
    headline(ctx, report);
    summary(ctx, report);
    // The first page is the month at a glance; each indicator's explanation and breakdown follow it.
    flow.newPage();
    indicators(ctx, report);
  }

  drawReportFurniture(ctx.ts, {
    institution: `${t('header.municipality')} · ${t('header.program')}`.toLocaleUpperCase(language),
    title: t('header.report', { month }),
    caveat: t('footer.caveat'),
    pageLabel: (page, pages) => t('footer.page', { page, pages }),
  });
  return finish(pdf);
}

/** Nothing was recorded in the month and scope: no operation, finding, notice, incident or case. */
function isEmpty(report: MonthlyReport): boolean {
  return Object.values(report.current.basis).every((n) => n === 0);
}
