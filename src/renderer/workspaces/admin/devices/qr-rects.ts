// A QR code's module matrix (qrcode's QRCode.create(text).modules) as the dark runs of each row, for an SVG of
// <rect>s drawn by React: the page's strict CSP forbids data: images and innerHTML, and a run per row keeps the
// drawing to a few hundred elements. Coordinates are in modules, shifted by the quiet zone a scanner needs around
// the symbol (4 modules, ISO/IEC 18004).
export const QUIET_ZONE = 4;

export interface ModuleMatrix {
  readonly size: number;
  get(row: number, col: number): boolean | number;
}

export interface DarkRun {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

export function darkRuns(matrix: ModuleMatrix): DarkRun[] {
  const runs: DarkRun[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let col = 0; col <= matrix.size; col++) {
      const dark = col < matrix.size && Boolean(matrix.get(row, col));
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start + QUIET_ZONE, y: row + QUIET_ZONE, width: col - start });
        start = -1;
      }
    }
  }
  return runs;
}

/** The side of the drawing, quiet zone included, in modules. */
export const drawingSize = (matrix: ModuleMatrix): number => matrix.size + 2 * QUIET_ZONE;
