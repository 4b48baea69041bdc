// The console's one window. Every webPreferences value that matters for security is spelled out, even where it
// matches Electron's default, so a reader (or electronegativity) does not have to know the defaults.
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-origin.ts';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false, // shown once painted, to avoid a blank white frame
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_START_URL).catch((err: unknown) => console.error('could not load the console page', err));
  return window;
}
