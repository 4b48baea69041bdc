// Electron main process: app lifecycle only. The console itself (cache, sync, API handlers) is the console core,
// the same Node code the browser-mode host runs, in its own utility process (start-core-process.ts) so that its
// long work never stalls this process or the window; this shell wires it to one sandboxed window.
import { app, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { demoBasemapFile } from '../core/basemap/demo-file.ts';
import { handOutCorePorts } from './ipc.ts';
import { electronSqliteBinding } from './native-binding.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { denyAllPermissions, hardenWebContents } from './security.ts';
import { startCoreProcess } from './start-core-process.ts';
import { createMainWindow } from './window.ts';

const CLOSE_WAIT_MS = 5_000;

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
      const log = (msg: string) => console.error(msg);
      // The hub is chosen in the settings screen (saved in the cache); by default the embedded demo hub and
      // simulator, which the core starts in its process and stops when a remote hub is chosen.
      // electron-vite emits core-process.js beside this file (a second input of the main build).
      const { core, connectPage } = startCoreProcess(
        join(__dirname, 'core-process.js'),
        {
          dataDir: app.getPath('userData'),
          host: 'desktop',
          version: app.getVersion(),
          nativeBinding: electronSqliteBinding(app.getAppPath()),
          embeddedHub: true,
          // The project folder when run from it (npm start): resources/basemap/ sits next to package.json.
          basemapDemoFile: demoBasemapFile(app.getAppPath()),
        },
        log,
      );
      // electron-vite emits main, preload and renderer as siblings under out/. The page's CSP may allow one more
      // image origin: the map's tile source saved in the core's cache.
      serveRenderer(join(__dirname, '../renderer'), core);
      const stopPorts = handOutCorePorts(connectPage, log);
      // The core closes its cache and embedded hub before the app ends (at most CLOSE_WAIT_MS: a core that hangs
      // must not keep the app open).
      let closed = false;
      app.on('will-quit', (event) => {
        if (closed) return;
        event.preventDefault();
        stopPorts();
        void Promise.race([core.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS))]).then(() => {
          closed = true;
          app.quit();
        });
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
