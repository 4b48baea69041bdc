// How Despacho's intake, queue and map name an incident: "Ruidos molestos · Nueva Córdoba, Bv. Chacabuco 500".
import type { TFunction } from 'i18next';
import type { Incident, IncidentPlace } from '../../../shared/records/incident-schema.ts';

/** "Nueva Córdoba, Bv. Chacabuco 500", or the barrio alone when there is no address. */
export const placeText = (place: Pick<IncidentPlace, 'barrio' | 'address'>): string =>
  place.address ? `${place.barrio}, ${place.address}` : place.barrio;

export function incidentText(
  incident: Pick<Incident, 'category' | 'place'>,
  t: TFunction<'intake'>,
  tIncidents: TFunction<'incidents'>,
): string {
  return t('incident', { category: tIncidents(`category.${incident.category}`), place: placeText(incident.place) });
}
