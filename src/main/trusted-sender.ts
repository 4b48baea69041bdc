// Which frames may call the ConsoleApi over IPC: only pages served by our own app:// protocol handler.
// Anything else that might end up in a frame (a navigation that slipped through, an injected iframe)
// is refused before the call reaches the core.
import { isAppOrigin } from './app-origin.ts';

/** `url` is the sender frame's URL; undefined when the frame is gone (navigated away or destroyed). */
export function isTrustedSender(url: string | undefined): boolean {
  return isAppOrigin(url);
}
