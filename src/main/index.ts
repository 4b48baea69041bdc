// Electron main process: app lifecycle only. The console itself (cache, sync, API handlers) is the console core,
// the same Node code the browser-mode host runs; this shell wires it to one sandboxed window.
import { app, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { demoBasemapFile } from '../core/basemap/demo-file.ts';
import { createConsoleCore } from '../core/console-core.ts';
import { startEmbeddedHub } from '../hub/embedded-hub.ts';
import { CONSOLE_LOG } from '../hub/hub-log.ts';
import { exposeConsoleApi } from './ipc.ts';
import { electronSqliteBinding } from './native-binding.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { denyAllPermissions, hardenWebContents } from './security.ts';
import { createMainWindow } from './window.ts';

function main(): void {
  // A separate data folder for tests and side-by-side runs. Set before the single-instance lock, which is
  // held per userData folder.
  const userData = process.env['CONVIVENCIA_USER_DATA'];
  if (userData) app.setPath('userData', userData);

  // One console per data folder: two would write the same SQLite cache and outbox.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Chromium's own widgets (date pickers) follow its UI language, not the page's: Córdoba first.
  app.commandLine.appendSwitch('lang', 'es-AR');
  registerAppScheme();
  app.enableSandbox();
  hardenWebContents();

  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // The core belongs to the window; nothing should keep running in the background once it is closed.
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions(session.defaultSession);
      const nativeBinding = electronSqliteBinding(app.getAppPath());
      const log = (msg: string, err?: unknown) => console.error(msg, err ?? '');
      // The hub is chosen in the settings screen (saved in the cache); by default the embedded demo hub and
      // simulator, which the core starts through this starter and stops when a remote hub is chosen.
      const core = createConsoleCore({
        dataDir: app.getPath('userData'),
        host: 'desktop',
        version: app.getVersion(),
        nativeBinding,
        embeddedHub: () => startEmbeddedHub({ dataDir: join(app.getPath('userData'), 'hub'), nativeBinding, log: CONSOLE_LOG }),
        // The project folder when run from it (npm start): resources/basemap/ sits next to package.json.
        basemapDemoFile: demoBasemapFile(app.getAppPath()),
        log,
      });
      // electron-vite emits main, preload and renderer as siblings under out/. The page's CSP may allow one more
      // image origin: the map's tile source saved in the core's cache.
      serveRenderer(
        join(__dirname, '../renderer'),
        () => ({ imageOrigins: core.imageOrigins() }),
        (token) => core.takeExport(token),
        core.basemap,
      );
      const unexpose = exposeConsoleApi(core);
      app.on('will-quit', () => {
        unexpose();
        void core.close();
      });
      mainWindow = createMainWindow(join(__dirname, '../preload/index.cjs'));
      mainWindow.on('closed', () => {
        mainWindow = undefined;
      });
    })
    .catch((err: unknown) => {
      console.error('the console could not start', err);
      app.exit(1);
    });
}

main();
