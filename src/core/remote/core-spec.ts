// Runs in: Node, where the console core is built away from its host (the web host's worker thread, the desktop's
// utility process). The host can only send data there (structured clone), not functions: CoreSpec is
// ConsoleCoreOptions without them, and the embedded hub's starter and the log are made again on the core's side.
// The embedded hub lives in src/hub, which the core may not import: each entry passes its starter in.
import path from 'node:path';
import { createConsoleCore, type ConsoleCore, type ConsoleCoreOptions } from '../console-core.ts';
import type { EmbeddedHubHandle } from '../hub-session/hub-session.ts';

export interface CoreSpec extends Omit<ConsoleCoreOptions, 'embeddedHub' | 'log'> {
  /** Offer the embedded demo hub (kept in dataDir/hub); absent or false: not offered. */
  readonly embeddedHub?: boolean;
  /** No log lines (tests). */
  readonly quiet?: boolean;
}

export type EmbeddedHubFactory = (options: { readonly dataDir: string; readonly nativeBinding?: string }) => Promise<EmbeddedHubHandle>;

export function coreFromSpec(spec: CoreSpec, startEmbeddedHub: EmbeddedHubFactory): ConsoleCore {
  const { embeddedHub, quiet, ...options } = spec;
  return createConsoleCore({
    ...options,
    ...(quiet && { log: () => {} }),
    ...(embeddedHub && {
      embeddedHub: () => startEmbeddedHub({ dataDir: path.join(spec.dataDir, 'hub'), nativeBinding: spec.nativeBinding }),
    }),
  });
}
