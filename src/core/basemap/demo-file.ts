// Runs in: Node. Where the project's demo tileset is. Hosts pass the path they know (Electron: under the app's
// path); code run from the source tree (the web host under tsx, tests, benches, CLIs) finds it from this file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_BASEMAP_PARTS = ['resources', 'basemap', 'cordoba-demo.mbtiles'] as const;

/** The demo tileset under a project (or app) root folder. */
export const demoBasemapFile = (root: string): string => path.join(root, ...DEMO_BASEMAP_PARTS);

/** The demo tileset of the source tree this module is in (src/core/basemap → the project root). */
export const sourceTreeDemoBasemapFile = (): string =>
  demoBasemapFile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..'));
