import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { darkRuns, drawingSize, QUIET_ZONE, type ModuleMatrix } from './qr-rects.ts';

/** A matrix from rows of '#' (dark) and '.' (light). */
const matrix = (rows: readonly string[]): ModuleMatrix => ({ size: rows.length, get: (row, col) => rows[row]![col] === '#' });

describe('darkRuns', () => {
  it.each([
    ['all light', ['..', '..'], []],
    [
      'all dark: one run a row',
      ['##', '##'],
      [
        { x: 0, y: 0, width: 2 },
        { x: 0, y: 1, width: 2 },
      ],
    ],
    [
      'runs split by light modules, one ending at the edge',
      ['#.##', '....', '.##.', '...#'],
      [
        { x: 0, y: 0, width: 1 },
        { x: 2, y: 0, width: 2 },
        { x: 1, y: 2, width: 2 },
        { x: 3, y: 3, width: 1 },
      ],
    ],
  ])('%s', (_, rows, runs) => {
    expect(darkRuns(matrix(rows))).toEqual(runs.map((run) => ({ ...run, x: run.x + QUIET_ZONE, y: run.y + QUIET_ZONE })));
  });

  it("draws exactly qrcode's dark modules for a pairing text, inside the quiet zone", () => {
    const { modules } = create('convivencia-device:1?hub=http%3A%2F%2F127.0.0.1%3A4000&unit=movil-03&token=abc', {
      errorCorrectionLevel: 'M',
    });
    const drawn = new Set(darkRuns(modules).flatMap((run) => Array.from({ length: run.width }, (_, i) => `${run.y},${run.x + i}`)));
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.add(`${row + QUIET_ZONE},${col + QUIET_ZONE}`);
    expect(drawn).toEqual(dark);
    expect(drawingSize(modules)).toBe(modules.size + 8);
  });
});
