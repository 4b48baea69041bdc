// Runs in: Node. One-time download tokens for finished exports. The core hands a token to the renderer over the
// ConsoleApi (a channel that already proved the session secret); the browser-mode host serves the file once at
// GET /exports/<token> and forgets it. The token is 24 random bytes, expires after EXPORT_DOWNLOAD_TTL_MS, and maps
// only to a file the core itself wrote: a request can never name a path.
import { randomBytes } from 'node:crypto';
import { EXPORT_DOWNLOAD_TTL_MS, EXPORT_TOKEN } from '../../shared/operations/export.ts';

export interface ExportFile {
  readonly path: string;
  readonly fileName: string;
}

export class ExportDownloads {
  private readonly offered = new Map<string, ExportFile & { readonly expires: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** A new token for the file, valid once. */
  offer(file: ExportFile): string {
    this.forgetExpired();
    const token = randomBytes(24).toString('base64url');
    this.offered.set(token, { ...file, expires: this.clock() + EXPORT_DOWNLOAD_TTL_MS });
    return token;
  }

  /** The file for a token, once; null for an unknown, used or expired token. */
  take(token: string): ExportFile | null {
    this.forgetExpired();
    if (!EXPORT_TOKEN.test(token)) return null;
    const file = this.offered.get(token);
    this.offered.delete(token);
    return file ? { path: file.path, fileName: file.fileName } : null;
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [token, file] of this.offered) if (file.expires <= now) this.offered.delete(token);
  }
}
