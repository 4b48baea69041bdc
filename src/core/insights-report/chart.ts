// Runs in: Node. The report's small charts, drawn with PDFKit's vector primitives (no image: they print sharp at
// any size and their labels stay text a reader can select): a caption, the unit of the values, gridlines at round
// values with their labels, one bar per row of the breakdown with its label and its value. Months run left to right
// as columns (the report's month orange, its label bold: never told by colour alone); categories — channels,
// statuses — are horizontal bars, so a long name ("Audiencia programada") reads whole beside its bar. A row
// without data has no bar and says "s/d" where it would stand: an empty place must not read as a zero.
import type { Block } from '../pdf/blocks.ts';
import type { Line } from '../pdf/line-breaker.ts';
import type { TextStyle } from '../pdf/page.ts';
import type { Typesetter } from '../pdf/typesetter.ts';
import type { Scale } from './chart-scale.ts';
import { COLOR, STYLE } from './layout.ts';

export interface Bar {
  /** The row's name: a line or two ("mar", "2026"; "Línea 103"). */
  readonly label: string;
  readonly value: number | null;
  /** Its value as written beside the bar, or "s/d". */
  readonly valueLabel: string;
  readonly highlight: boolean;
}

export interface ChartSpec {
  readonly caption: string;
  readonly unit: string;
  readonly bars: readonly Bar[];
  readonly scale: Scale;
  readonly tickLabel: (value: number) => string;
}

/** Lines of a label at most: a longer one is cut and ends in "…". */
const LABEL_LINES = 3;
/** Room over the tallest column for its value. */
const HEADROOM = 10;
const GAP = 3;
const BAR_THICKNESS = 9;
const ROW_GAP = 5;

const bold = (style: TextStyle): TextStyle => ({ ...style, font: STYLE.caption.font });
const muted = (style: TextStyle): TextStyle => ({ ...style, color: COLOR.muted });

/** The caption and the unit line over a chart; returns its height and how to draw it. */
function header(ts: Typesetter, spec: ChartSpec, width: number) {
  const caption = ts.layout(spec.caption, STYLE.caption, width);
  const height = caption.length * STYLE.caption.leading + STYLE.axis.leading;
  return {
    height,
    draw: (x: number, top: number) => {
      ts.drawLines(caption, STYLE.caption, x, top, width);
      ts.single(spec.unit, muted(STYLE.axis), x, top + height - STYLE.axis.leading, width);
    },
  };
}

function fillBar(ts: Typesetter, bar: Bar, x: number, y: number, w: number, h: number): void {
  ts.doc
    .save()
    .rect(x, y, w, h)
    .fill(bar.highlight ? COLOR.highlight : COLOR.bar)
    .restore();
}

function line(ts: Typesetter, x1: number, y1: number, x2: number, y2: number, color: string, width: number): void {
  ts.doc.save().lineWidth(width).moveTo(x1, y1).lineTo(x2, y2).stroke(color).restore();
}

/** Columns along a time axis, `height` tall (the table beside it sets it). */
export function columnChart(ts: Typesetter, spec: ChartSpec, width: number, height: number): Block {
  const head = header(ts, spec, width);
  const tickLabels = spec.scale.ticks.map((v) => spec.tickLabel(v));
  const measureAxis = ts.measure(STYLE.axis);
  const axisWidth = Math.max(...tickLabels.map((l) => measureAxis(l))) + 4;
  const slot = (width - axisWidth) / Math.max(1, spec.bars.length);
  const labelStyle = (bar: Bar) => (bar.highlight ? bold(STYLE.axisCenter) : STYLE.axisCenter);
  const labels = spec.bars.map((bar) => cutLines(ts, ts.layout(bar.label, labelStyle(bar), slot - 2), labelStyle(bar), slot - 2));
  const labelHeight = Math.max(1, ...labels.map((l) => l.length)) * STYLE.axis.leading;
  const valuesFit = spec.bars.every((bar) => measureAxis(bar.valueLabel) <= slot - 2);
  return {
    height,
    draw: (x, top) => {
      head.draw(x, top);
      const plotTop = top + head.height + HEADROOM;
      const plotBottom = top + height - labelHeight - GAP;
      const plotLeft = x + axisWidth;
      const yOf = (v: number) => plotBottom - (Math.min(v, spec.scale.max) / spec.scale.max) * (plotBottom - plotTop);
      spec.scale.ticks.forEach((tick, i) => {
        const y = yOf(tick);
        if (tick > 0) line(ts, plotLeft, y, x + width, y, COLOR.grid, 0.4);
        ts.single(tickLabels[i]!, STYLE.axisRight, x, y - STYLE.axis.leading / 2, axisWidth - 4);
      });
      spec.bars.forEach((bar, i) => {
        const left = plotLeft + i * slot;
        if (bar.value !== null && bar.value > 0) {
          const barWidth = Math.min(slot * 0.64, 36);
          fillBar(ts, bar, left + (slot - barWidth) / 2, yOf(bar.value), barWidth, plotBottom - yOf(bar.value));
        }
        if (valuesFit) {
          const style = bar.value === null ? muted(STYLE.axisCenter) : labelStyle(bar);
          ts.single(bar.valueLabel, style, left, yOf(bar.value ?? 0) - STYLE.axis.leading - 1, slot);
        }
        ts.drawLines(labels[i]!, labelStyle(bar), left + 1, plotBottom + GAP, slot - 2);
      });
      line(ts, plotLeft, plotBottom, x + width, plotBottom, COLOR.text, 0.7);
    },
  };
}

/** Horizontal bars, one row per category, as tall as its rows need. */
export function barChart(ts: Typesetter, spec: ChartSpec, width: number): Block {
  const head = header(ts, spec, width);
  const measureAxis = ts.measure(STYLE.axis);
  const labelWidth = Math.min(width * 0.36, Math.max(...spec.bars.map((b) => measureAxis(b.label))) + 6);
  const labels = spec.bars.map((bar) => cutLines(ts, ts.layout(bar.label, STYLE.axis, labelWidth - 6), STYLE.axis, labelWidth - 6));
  const rowHeights = labels.map((l) => Math.max(l.length * STYLE.axis.leading, BAR_THICKNESS) + ROW_GAP);
  const valueWidth = Math.max(...spec.bars.map((b) => measureAxis(b.valueLabel))) + 4;
  const tickLabels = spec.scale.ticks.map((v) => spec.tickLabel(v));
  const lastTick = measureAxis(tickLabels.at(-1)!) / 2;
  const plotWidth = width - labelWidth - Math.max(valueWidth, lastTick);
  const plotHeight = rowHeights.reduce((s, h) => s + h, 0);
  const height = head.height + GAP + plotHeight + GAP + STYLE.axis.leading;
  return {
    height,
    draw: (x, top) => {
      head.draw(x, top);
      const plotTop = top + head.height + GAP;
      const plotLeft = x + labelWidth;
      const plotBottom = plotTop + plotHeight;
      const xOf = (v: number) => plotLeft + (Math.min(v, spec.scale.max) / spec.scale.max) * plotWidth;
      spec.scale.ticks.forEach((tick, i) => {
        if (tick > 0) line(ts, xOf(tick), plotTop, xOf(tick), plotBottom, COLOR.grid, 0.4);
        ts.single(tickLabels[i]!, STYLE.axisCenter, xOf(tick) - 20, plotBottom + GAP, 40);
      });
      let y = plotTop;
      spec.bars.forEach((bar, i) => {
        const middle = y + rowHeights[i]! / 2;
        ts.drawLines(labels[i]!, STYLE.axisRight, x, middle - (labels[i]!.length * STYLE.axis.leading) / 2, labelWidth - 6);
        const end = bar.value !== null && bar.value > 0 ? xOf(bar.value) : plotLeft;
        if (end > plotLeft) fillBar(ts, bar, plotLeft, middle - BAR_THICKNESS / 2, end - plotLeft, BAR_THICKNESS);
        const style = bar.value === null ? muted(STYLE.axis) : STYLE.axis;
        ts.single(bar.valueLabel, style, end + 3, middle - STYLE.axis.leading / 2, valueWidth);
        y += rowHeights[i]!;
      });
      line(ts, plotLeft, plotTop, plotLeft, plotBottom, COLOR.text, 0.7);
    },
  };
}

/** At most LABEL_LINES lines; the last one kept ends in "…" when some were left out. */
function cutLines(ts: Typesetter, lines: readonly Line[], style: TextStyle, width: number): readonly Line[] {
  if (lines.length <= LABEL_LINES) return lines;
  const measure = ts.measure(style);
  let text = lines[LABEL_LINES - 1]!.text;
  while (text.length > 1 && measure(`${text}…`) > width) text = text.slice(0, -1);
  return [...lines.slice(0, LABEL_LINES - 1), { text: `${text}…`, width: measure(`${text}…`), end: true }];
}
