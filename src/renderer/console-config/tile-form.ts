// The map tile source form's checks, field by field, before anything is sent (the contract checks the same rules
// again: shared/geo/tile-source.ts). Problems are i18n keys under map.tiles.problem.
import {
  tileAttributionProblem,
  tileUrlProblem,
  type TileAttributionProblem,
  type TileSource,
  type TileUrlProblem,
} from '../../shared/geo/tile-source.ts';

export interface TileFormValues {
  readonly urlTemplate: string;
  readonly attribution: string;
}

export type TileFormField = keyof TileFormValues;
export interface TileFormProblems {
  readonly urlTemplate?: TileUrlProblem;
  readonly attribution?: TileAttributionProblem;
}

/** The source to save (the URL trimmed), or the problems that keep it from being saved. */
export function checkTileForm(values: TileFormValues): { readonly source: TileSource } | { readonly problems: TileFormProblems } {
  const urlTemplate = values.urlTemplate.trim();
  const attribution = values.attribution.trim();
  const problems: { -readonly [K in TileFormField]?: TileFormProblems[K] } = {};
  const urlProblem = tileUrlProblem(urlTemplate);
  if (urlProblem) problems.urlTemplate = urlProblem;
  const attributionProblem = tileAttributionProblem(attribution);
  if (attributionProblem) problems.attribution = attributionProblem;
  return problems.urlTemplate || problems.attribution ? { problems } : { source: { urlTemplate, attribution } };
}
