// The ConsoleApi's face of the CSV import (shared/import): which kind and the file's text, as the renderer read it.
import { z } from 'zod';
import { IMPORT_KINDS } from '../import/import-kinds.ts';
import { utf8Bytes } from '../import/csv-reader.ts';
import type { ImportReport } from '../import/problems.ts';
import { MAX_FRAME_BYTES } from './wire.ts';

/** Room left in a frame for the method's name, the kind and the envelope. */
const FRAME_OVERHEAD = 1024;

// The text's own limit (IMPORT_LIMITS.maxBytes) is the check's to say, in the report: this only keeps out what no
// frame could carry anyway.
export const ImportInputSchema = z.object({ kind: z.enum(IMPORT_KINDS), text: z.string().max(MAX_FRAME_BYTES) }).strict();

/** 'import.apply': the report, and how many rows were queued for the hub (0 when any row is refused). */
export interface ImportResult extends ImportReport {
  readonly imported: number;
}

/**
 * Whether a file's text fits one browser-mode frame once JSON-escaped (quotes, control characters): the renderer
 * asks before sending, since the host closes a socket that receives a larger frame.
 */
export const fitsOneFrame = (text: string): boolean => utf8Bytes(JSON.stringify(text)) <= MAX_FRAME_BYTES - FRAME_OVERHEAD;
