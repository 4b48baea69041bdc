// Runs in: Node (tests only). Reads the documents back with Debian's poppler-utils (pdftotext, pdftoppm) — a
// reader that is not PDFKit, so the tests check what a viewer shows, not what the writer believes it wrote.
// .ci/run installs poppler-utils; on a machine without it the tests fail and say so.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Frame } from '../page.ts';

function run(tool: string, args: readonly string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install Debian's poppler-utils (apt-get install -y poppler-utils; .ci/run does)`, {
        cause: error,
      });
    throw error;
  }
}

/** The text of each page, laid out as on the page (pdftotext -layout); pages are split on form feeds. */
export function pdfPages(file: string): string[] {
  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export interface Word {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with its box in points (pdftotext -bbox), to check where things were drawn. */
export function pdfWords(file: string): Word[] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
  }
  return words;
}

/** Words of one page whose boxes overlap (beyond a hair: glyph boxes of neighbouring lines may touch). */
export function overlaps(words: readonly Word[]): [Word, Word][] {
  const found: [Word, Word][] = [];
  const eps = 0.4;
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length && words[j]!.page === words[i]!.page; j++) {
      const [a, b] = [words[i]!, words[j]!];
      if (a.xMin < b.xMax - eps && b.xMin < a.xMax - eps && a.yMin < b.yMax - eps && b.yMin < a.yMax - eps) found.push([a, b]);
    }
  return found;
}

/** A document kind's page as the placement check sees it: its text column and the rules under its header and above its footer. */
export interface PageBands {
  readonly frame: Frame;
  readonly headerRule: number;
  readonly footerRule: number;
}

/**
 * Words drawn where nothing should be: left or right of the text column, or across the header's or the footer's
 * rule (the body between them, the page furniture above and below). The court's draft stamp in the margin is not a
 * word of the page and is left out by the caller's choice of a signed document.
 */
export function outsideTheirPlace(words: readonly Word[], page: PageBands): string[] {
  const eps = 0.5;
  const { frame, headerRule, footerRule } = page;
  return words
    .filter((w) => {
      const inColumn = w.xMin >= frame.left - eps && w.xMax <= frame.right + eps;
      const inBody = w.yMin >= headerRule - eps && w.yMax <= footerRule + eps;
      const furniture = w.yMax <= headerRule + eps || w.yMin >= footerRule - eps;
      return !inColumn || !(inBody || furniture);
    })
    .map((w) => `page ${w.page}: "${w.text}" at x ${w.xMin}–${w.xMax}, y ${w.yMin}–${w.yMax}`);
}

/** Renders pages to PNG (pdftoppm) and returns the files made. */
export function pdfToPng(file: string, outDir: string, options: { dpi: number; first: number; last: number }): string[] {
  const prefix = path.join(outDir, 'page');
  run('pdftoppm', ['-png', '-r', String(options.dpi), '-f', String(options.first), '-l', String(options.last), file, prefix]);
  return fs
    .readdirSync(outDir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .map((f) => path.join(outDir, f));
}
