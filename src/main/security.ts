// Navigation and permission hardening for every web contents the app creates. The renderer only ever shows
// app://console; anything else is either refused or, for allow-listed https links, opened in the system browser.
import { app, shell, type Session } from 'electron';
import { isAppOrigin } from './app-origin.ts';
import { isAllowedExternalUrl } from './external-links.ts';

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppOrigin(url)) return;
      event.preventDefault();
      openExternally(url);
    });
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** The console needs no camera, location, notifications, USB, … — refuse every request and check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((err: unknown) => console.error('could not open external link', err));
}
