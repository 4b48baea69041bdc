// The open incidents a complaint may be about ('dispatch.duplicates': same category, within the radius and the time
// window of the settings in force), asked again whenever the category or the place changes while it is typed.
import { useEffect, useState } from 'react';
import type { DuplicateCandidate } from '../../../../shared/api/dispatch.ts';
import type { IncidentCategory } from '../../../../shared/dispatch/codes.ts';
import type { IncidentPlace } from '../../../../shared/records/incident-schema.ts';
import { useApi } from '../../../api/ApiContext.tsx';

export type DuplicatesState =
  /** Nothing to look for yet: no category or no place. */
  | { readonly kind: 'waiting' }
  | { readonly kind: 'searching' }
  | { readonly kind: 'found'; readonly candidates: readonly DuplicateCandidate[] }
  | { readonly kind: 'failed'; readonly error: unknown };

export function useDuplicates(category: IncidentCategory | '', place: IncidentPlace | null, at: number): DuplicatesState {
  const api = useApi();
  const key = category === '' || place === null ? null : JSON.stringify({ category, lat: place.lat, lng: place.lng, at });
  const [answer, setAnswer] = useState<{ readonly key: string; readonly state: DuplicatesState } | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    api.call('dispatch.duplicates', JSON.parse(key) as { category: IncidentCategory; lat: number; lng: number; at: number }).then(
      ({ candidates }) => current && setAnswer({ key, state: { kind: 'found', candidates } }),
      (error: unknown) => current && setAnswer({ key, state: { kind: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [api, key]);

  if (key === null) return { kind: 'waiting' };
  return answer?.key === key ? answer.state : { kind: 'searching' };
}
