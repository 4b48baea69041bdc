import type { Messages } from '../types.ts';
import type esAR from '../es-AR/basemap-settings.ts';

export default {
  heading: 'Base map',
  description:
    "The Despacho map draws streets and barrios from vector tiles the console serves itself, without an internet connection: the project's demo map or the city's MBTiles file.",
  loading: 'Reading the base map…',
  loadFailed: 'Could not read which base map is in use.',
  retry: 'Try again',
  inUse: {
    demo: 'In use: the demo map, “{{name}}”.',
    demoUnnamed: 'In use: the demo map.',
    city: 'In use: the city file {{file}}, “{{name}}”.',
    cityUnnamed: 'In use: the city file {{file}}.',
  },
  attribution: 'Attribution: {{attribution}}',
  problem: 'The chosen file ({{file}}) could not be opened: {{reason}}; the demo map is shown instead.',
  reason: {
    missing: 'it cannot be found or the console cannot read it',
    not_mbtiles: 'it is not a valid MBTiles file',
    not_vector: 'it holds images (raster tiles), not vector tiles',
  },
  readOnly: 'Only a person with the administration role can change the base map.',
  file: "City's .mbtiles file",
  fileHint:
    'The path to the file on the computer where the console runs, for example C:\\Maps\\cordoba.mbtiles or /srv/maps/cordoba.mbtiles. The README explains how to make it from OpenStreetMap.',
  use: 'Use this file',
  demo: 'Back to the demo map',
  working: 'Applying…',
  done: {
    city: 'Base map changed: the Despacho map now uses “{{name}}”.',
    demo: 'Back to the demo map.',
  },
  setFailed: 'Could not change the base map.',
  fileProblem: {
    empty: 'Enter the path to the .mbtiles file.',
    too_long: 'The path is too long: it may have up to {{max}} characters.',
    invalid_path: 'The path has control characters (a line break, for example): type it again.',
    invalid: 'The console did not accept that path.',
    missing: 'There is no file at that path, or the console cannot read it. Nothing changed.',
    not_mbtiles: 'That file is not an MBTiles file (an SQLite database with the metadata and tiles tables). Nothing changed.',
    not_vector: 'That MBTiles file holds images (raster tiles); the map needs vector tiles (pbf format). Nothing changed.',
    forbidden: 'The console refused the change: only a signed-in person with the administration role can change the base map.',
  },
} satisfies Messages<typeof esAR>;
