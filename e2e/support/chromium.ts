// Which Chromium the browser-mode tests and benchmarks drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else Playwright's own download (on machines where it can be downloaded).
import fs from 'node:fs';

export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags that let Chromium run headless as root on a machine with no outside network (see STACK.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
