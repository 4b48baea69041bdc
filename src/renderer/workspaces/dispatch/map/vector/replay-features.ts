// Track replay on the vector map: each replayed unit's path (one line, set once per replay) and where it is at the
// replay time (one point per unit, set every frame), with its colour slot and call sign.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ReplayTrackView } from '../replay-track-view.ts';

export function replayTrackFeatures(tracks: readonly ReplayTrackView[]): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: tracks
      .filter((track) => track.points.length > 1)
      .map((track): Feature<LineString> => ({
        type: 'Feature',
        properties: { unitId: track.unitId, colour: track.colour },
        geometry: { type: 'LineString', coordinates: track.points.map((p) => [p.lng, p.lat]) },
      })),
  };
}

export function replayNowFeatures(tracks: readonly ReplayTrackView[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: tracks.flatMap((track): Feature<Point>[] =>
      track.position
        ? [
            {
              type: 'Feature',
              properties: { unitId: track.unitId, colour: track.colour, callSign: track.callSign, held: track.held },
              geometry: { type: 'Point', coordinates: [track.position.lng, track.position.lat] },
            },
          ]
        : [],
    ),
  };
}
