// Runs in: Node. Why a backup or a restore did not happen, as the key of its translated message ('hub' messages:
// backup_* and restore_*) and the message's parameters; the CLI prints it and exits with 1.
import type { HubKey } from '../cli/hub-output.ts';

export type BackupRefusalKey = Extract<HubKey, `backup_${string}` | `restore_${string}` | 'pg_tool_missing'>;

export class BackupRefusal extends Error {
  constructor(
    readonly key: BackupRefusalKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

/** An error's own words, on one line and short, for a message's {{detail}}. */
export const detailOf = (err: unknown): string =>
  String((err as Error)?.message ?? err)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
