import type { Messages } from '../types.ts';
import type esAR from '../es-AR/dispatch-map.ts';

export default {
  loading: 'Loading the map…',
  help: 'Street map of Córdoba. With the map focused: arrow keys pan, + and − zoom in and out, 0 or Home goes back to the whole city. With the unit list focused: up and down arrows go through the units, Enter chooses one.',
  picker: {
    label: 'Units on the map',
    position: '{{index}} of {{count}}',
    empty: 'No unit has a position yet.',
  },
  fallback: {
    noWebgl:
      'This computer cannot draw the street map (WebGL is not available on this screen). The simplified map of barrios and avenues is shown.',
  },
  basemapProblem: {
    missing: 'The city map file chosen in Settings was not found ({{file}}). The demo map is shown.',
    not_mbtiles: 'The city map file chosen in Settings ({{file}}) is not a valid MBTiles file. The demo map is shown.',
    not_vector: 'The city map file chosen in Settings ({{file}}) has no vector tiles. The demo map is shown.',
  },
  demoNote: 'Demo map: approximate geography. The city street map is chosen in Settings.',
} satisfies Messages<typeof esAR>;
