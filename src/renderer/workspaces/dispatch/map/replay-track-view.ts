// One replayed unit as both maps draw it: its whole path and, when it has one, where it is at the replay time —
// in degrees for the vector map, in metres of the city projection (and SVG path data) for the SVG map.
import type { Point } from '../../../../shared/geo/projection.ts';
import type { LatLng } from '../../../../shared/live/geodesy.ts';

export interface ReplayTrackView {
  readonly unitId: string;
  readonly callSign: string;
  /** Colour slot (replay-path--N, replay-marker--N; the vector map's replay colours). */
  readonly colour: number;
  readonly points: readonly LatLng[];
  readonly d: string;
  readonly position: LatLng | null;
  readonly at: Point | null;
  readonly held: boolean;
}
