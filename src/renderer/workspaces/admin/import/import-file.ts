// Runs in: the renderer. The chosen file as text for 'import.check' / 'import.apply': its size is checked before it
// is read at all (a 10 MB file is never loaded), then it is decoded as strict UTF-8 — a spreadsheet's "CSV" in
// Windows-1252 would otherwise turn «Córdoba» into «C�rdoba» in every row — and must fit one API frame.
import { fitsOneFrame } from '../../../../shared/api/import.ts';
import { IMPORT_LIMITS } from '../../../../shared/import/csv-reader.ts';

export type ImportFile =
  | { readonly ok: true; readonly name: string; readonly text: string }
  | { readonly ok: false; readonly problem: 'tooLarge'; readonly size: number }
  | { readonly ok: false; readonly problem: 'notUtf8' | 'unreadable' };

export async function readImportFile(file: File): Promise<ImportFile> {
  const tooLarge = { ok: false, problem: 'tooLarge', size: file.size } as const;
  if (file.size > IMPORT_LIMITS.maxBytes) return tooLarge;
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'notUtf8' };
  }
  return fitsOneFrame(text) ? { ok: true, name: file.name, text } : tooLarge;
}
