// The one module that loads MapLibre GL (imported lazily by VectorMap, so the other workspaces never load it).
// Under the console's CSP: the worker is MapLibre's own module file, emitted by the build and served from the
// page's origin (script-src 'self' covers it: no blob: and no eval), and the fonts are bundled files the map
// fetches from the same origin (connect-src 'self').
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import fontRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { StyleFonts } from './basemap-style.ts';
import { HOME_FIT } from './home-bounds.ts';

setWorkerUrl(new URL(workerUrl, window.location.href).href);

/** Absolute, so that the map's worker resolves them the same as the page. */
export const BUNDLED_FONTS: StyleFonts = {
  regular: new URL(fontRegular, window.location.href).href,
  bold: new URL(fontBold, window.location.href).href,
};

export interface CreateMapOptions {
  readonly container: HTMLElement;
  readonly style: StyleSpecification;
  readonly bounds: [[number, number], [number, number]];
  /** The map's own texts (its canvas label), in the person's language. */
  readonly locale: Record<string, string>;
}

export function createMap({ container, style, bounds, locale }: CreateMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    bounds,
    fitBoundsOptions: HOME_FIT,
    attributionControl: false, // the attribution is the console's own text under the map (plain text, translated)
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    minZoom: 9,
    maxZoom: 19,
    locale,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  return map;
}

export type { MapLibreMap };
