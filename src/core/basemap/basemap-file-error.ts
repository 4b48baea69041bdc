// Runs in: Node. Why a file cannot serve as the basemap, as one error the reader, the service and the tile route
// share: the problem code travels to the renderer (which words it) and decides the tile route's answer (503).
import type { BasemapProblem } from '../../shared/geo/basemap-info.ts';

export class BasemapFileError extends Error {
  constructor(
    readonly problem: BasemapProblem,
    options?: { readonly cause?: unknown },
  ) {
    super(`basemap file: ${problem}`, options);
    this.name = 'BasemapFileError';
  }
}
