// The vector map's colours, read from the page's CSS custom properties (styles/map.css), where the SVG map and
// the legend take them from too: one palette, kept in the stylesheet.
import { PRIORITIES, type Priority } from '../../../../../shared/dispatch/codes.ts';
import { UNIT_STATUSES } from '../../../../../shared/live/units.ts';
import { REPLAY_COLOURS, type OverlayColours } from './overlay-layers.ts';

export function overlayColours(element: Element): OverlayColours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(`--${name}`).trim() || '#5f6b7a';
  return {
    status: {
      ...(Object.fromEntries(UNIT_STATUSES.map((s) => [s, read(`unit-colour-${s}`)])) as Record<(typeof UNIT_STATUSES)[number], string>),
      unknown: read('unit-colour-unknown'),
    },
    stale: read('unit-colour-stale'),
    staleStroke: read('unit-colour-stale-stroke'),
    cluster: read('unit-colour-cluster'),
    selection: read('unit-colour-selection'),
    focus: read('color-focus'),
    replay: Array.from({ length: REPLAY_COLOURS }, (_, i) => read(`replay-colour-${i}`)),
    incident: Object.fromEntries(PRIORITIES.map((p) => [p, read(`incident-colour-p${p}`)])) as Record<Priority, string>,
    operation: read('map-colour-operation'),
  };
}
