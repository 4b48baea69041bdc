// Runs in: Node. Best effort: asks the desktop to open a URL in the default browser.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string, onFailure: () => void): void {
  const [command, args] =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : [process.platform === 'darwin' ? 'open' : 'xdg-open', [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', onFailure);
  child.on('exit', (code) => code !== 0 && onFailure());
  child.unref();
}
