// Where the complaint is, as the intake form knows it: the point picked on the map (exact), or the barrio and
// address geocoded from the project's own geography ('dispatch.geocode': the barrio's centre, or a point on the
// avenue the address names). The typed text is asked for a moment after the typing stops; an answer for text
// that has changed since is ignored.
import { useEffect, useState } from 'react';
import { nearestBarrio } from '../../../../shared/live/nearest-barrio.ts';
import type { LatLng } from '../../../../shared/live/geodesy.ts';
import type { IncidentPlace } from '../../../../shared/records/incident-schema.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { useDebouncedValue } from '../../../hooks/use-debounced-value.ts';
import { describeApiError } from '../../../errors/describe-api-error.ts';

const TYPING_PAUSE_MS = 250;

/** The core names a barrio it does not know as the barrio field's problem ('not_found'). */
const unknownBarrio = (error: unknown) =>
  describeApiError(error).issues.some((issue) => issue.path === 'barrio' && issue.code === 'not_found');

export type PlaceState =
  | { readonly kind: 'none' }
  | { readonly kind: 'locating' }
  | { readonly kind: 'located'; readonly place: IncidentPlace }
  | { readonly kind: 'unknown_barrio' }
  | { readonly kind: 'failed'; readonly error: unknown };

/** A point picked on the map, named by the barrio chosen (or, with none, the barrio nearest to it). */
export function pickedPlace(point: LatLng, barrio: string, address: string): IncidentPlace {
  const name = barrio.trim() || (nearestBarrio(point.lat, point.lng)?.name ?? '');
  return { barrio: name, address: address.trim() || null, lat: point.lat, lng: point.lng, precision: 'point' };
}

export function usePlace(barrio: string, address: string, point: LatLng | null): PlaceState {
  const api = useApi();
  const key = JSON.stringify([barrio.trim(), address.trim()]);
  const asked = useDebouncedValue(key, TYPING_PAUSE_MS);
  const [answer, setAnswer] = useState<{ readonly key: string; readonly state: PlaceState } | null>(null);
  const wanted = point === null && barrio.trim() !== '';

  useEffect(() => {
    if (!wanted || asked !== key) return;
    let current = true;
    const [name, text] = JSON.parse(asked) as [string, string];
    api.call('dispatch.geocode', { barrio: name, address: text === '' ? null : text }).then(
      ({ place }) => current && setAnswer({ key: asked, state: { kind: 'located', place } }),
      (error: unknown) =>
        current && setAnswer({ key: asked, state: unknownBarrio(error) ? { kind: 'unknown_barrio' } : { kind: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [api, wanted, asked, key]);

  if (point !== null) return { kind: 'located', place: pickedPlace(point, barrio, address) };
  if (!wanted) return { kind: 'none' };
  return answer?.key === key ? answer.state : { kind: 'locating' };
}
