import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, type Measure } from './line-breaker.ts';

/** Every character 5 points wide: easy to reason about. */
const mono: Measure = (text) => text.length * 5;

describe('breakLines', () => {
  it('fills lines greedily and marks the last line of each forced line', () => {
    const lines = breakLines('uno dos tres cuatro cinco\nseis', mono, { width: 70 });
    expect(lines.map((l) => l.text)).toEqual(['uno dos tres', 'cuatro cinco', 'seis']);
    expect(lines.map((l) => l.end)).toEqual([false, true, true]);
  });

  it('keeps "$ 2.161.600,00", "Art. 92 bis", "(02:40 h)" and "40 %" on one line', () => {
    const text = (s: string, width: number) =>
      breakLines(s, mono, { width })
        .map((l) => l.text)
        .join('|');
    // "la suma de $" would fit the first line: the "$" goes down with its amount.
    expect(text('la suma de $ 2.161.600,00', 80)).toBe('la suma de|$ 2.161.600,00');
    expect(text('según el Art. 92 bis del código', 60)).toBe('según el|Art. 92 bis|del código');
    expect(text('a las (02:40 h) del día', 60)).toBe('a las|(02:40 h)|del día');
    expect(text('un descuento del 40 %.', 60)).toBe('un descuento|del 40 %.');
  });

  it('indents the first line', () => {
    const lines = breakLines('aa bb cc dd', mono, { width: 30, firstIndent: 15 });
    expect(lines.map((l) => l.text)).toEqual(['aa', 'bb cc', 'dd']);
  });

  it('cuts a word wider than the line', () => {
    const lines = breakLines(`ver ${'x'.repeat(25)} fin`, mono, { width: 50 });
    expect(lines.map((l) => l.text)).toEqual(['ver', 'x'.repeat(10), 'x'.repeat(10), 'xxxxx fin']);
  });

  it('never makes a line wider than the width, and loses no character but spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 300 }), (text, width) => {
        const lines = breakLines(text, mono, { width });
        for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
        expect(
          lines
            .map((l) => l.text)
            .join('')
            .replace(/ /g, ''),
        ).toBe(text.replace(/[ \n]/g, ''));
      }),
    );
  });
});
