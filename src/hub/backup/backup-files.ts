// Runs in: Node. File chores the backup and restore commands share.
import fs from 'node:fs';
import { BackupRefusal, detailOf } from './backup-refusal.ts';

export function removeQuietly(...files: string[]): void {
  for (const file of files) fs.rmSync(file, { force: true });
}

/** Makes `dir` (0700: backups hold password and token hashes) if needed; refused with the reason when it cannot be written. */
export function writableDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    throw new BackupRefusal('backup_dir_unusable', { dir, detail: detailOf(err) });
  }
}

/** Refused unless `file` is a file. */
export function existingFile(file: string): void {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new BackupRefusal('restore_no_file', { file });
}

/** A new, empty file only its owner may read, for a backup to be written into. */
export function privateFile(file: string): void {
  fs.writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
}
