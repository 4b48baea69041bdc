// Suite "court": the Tribunal de Faltas' work in the console core, in this process. Each figure is one entry of
// COURT_BENCHES (name, what it measures, its baseline, its goal); `npm run bench -- court:pdf` runs one part.
//
//   court.pdf.ms  median time to render the acta de audiencia (src/core/court/documents) with a 20,000-character
//                 statement — validation, layout, page furniture, the bytes. baseline: PDFKit writing the same
//                 20,000 characters as plain flowing text in one font (doc.text with its own wrapping and page
//                 breaks, uncompressed as the documents are, bytes collected): the library's own ceiling for that
//                 much text, measured in the same run, alternating with the rendering so both see the same machine.
//   court.calendar.p95_ms           bench/court-calendar.ts
//   court.audit.verify_rows_per_s   bench/court-audit.ts
import PDFDocument from 'pdfkit';
import { renderHearingRecordPdf } from '../src/core/court/documents/hearing-record.ts';
import { hearingRecordFixture, longStatement } from '../src/core/court/documents/test-support/fixtures.ts';
import { auditVerify } from './court-audit.ts';
import { median, type CourtBench } from './court-bench.ts';
import { calendarWeek } from './court-calendar.ts';
import { log, report } from './report.ts';

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** PDFKit alone: the same characters as one flowing text in one font, A4, with its own page breaks. */
function plainPdf(text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 60, compress: false, info: { CreationDate: new Date(0) } });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Times-Roman').fontSize(10.5).text(text, { align: 'justify' });
    doc.end();
  });
}

const STATEMENT_CHARS = 20_000;
const WARMUP = 5;
const RUNS = 30;

const pdf: CourtBench = {
  part: 'pdf',
  name: 'court.pdf.ms',
  unit: 'ms',
  goal: { on: 'value', op: '<=', target: 500 },
  note: `acta de audiencia, ${STATEMENT_CHARS} character statement; median of ${RUNS}`,
  async measure() {
    const input = hearingRecordFixture();
    const statement = longStatement(STATEMENT_CHARS);
    input.statement = { given: true, by: 'Juan Ignacio Peralta', text: statement };
    const rendered: number[] = [];
    const plain: number[] = [];
    let bytes = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const ms = await timed(async () => (bytes = (await renderHearingRecordPdf(input)).length));
      const baseline = await timed(() => plainPdf(statement));
      if (i < WARMUP) continue;
      rendered.push(ms);
      plain.push(baseline);
    }
    log(`  acta: ${bytes} bytes; render median ${median(rendered).toFixed(1)} ms, plain PDFKit median ${median(plain).toFixed(1)} ms`);
    return { value: median(rendered), baseline: median(plain) };
  },
};

/** Every court figure, in the order they run; a new court.* figure is one more entry here. */
const COURT_BENCHES: readonly CourtBench[] = [pdf, calendarWeek, auditVerify];

export const COURT_PARTS = COURT_BENCHES.map((b) => b.part);

export async function runCourtSuite(only?: ReadonlySet<string>): Promise<void> {
  for (const bench of COURT_BENCHES) {
    if (only && !only.has(bench.part)) continue;
    log(`${bench.name}…`);
    const { value, baseline } = await bench.measure();
    report({ name: bench.name, value, unit: bench.unit, baseline, goal: bench.goal, note: bench.note });
  }
}
