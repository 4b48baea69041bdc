// Runs in: Node. Where browser mode and the CLIs keep the cache when no --data-dir is given: the same
// per-user folder convention Electron uses for userData, so both hosts behave alike.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'convivencia-console';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CONVIVENCIA_DATA_DIR) return path.resolve(env.CONVIVENCIA_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), APP_FOLDER);
}
