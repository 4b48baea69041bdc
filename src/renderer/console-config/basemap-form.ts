// The «Mapa base» form's one field, the path to the city's .mbtiles file: checked before anything is sent (the same
// schema the core checks again: shared/geo/basemap-info.ts), and what the core answered, turned into the field's
// problem. Problems are i18n keys under basemapSettings:fileProblem.
import { BASEMAP_PROBLEMS, BasemapSetInputSchema } from '../../shared/geo/basemap-info.ts';
import { isOneOf } from '../../shared/util/one-of.ts';
import { describeApiError } from '../errors/describe-api-error.ts';

export const BASEMAP_FILE_PROBLEMS = ['empty', 'too_long', 'invalid_path', 'invalid', ...BASEMAP_PROBLEMS, 'forbidden'] as const;
export type BasemapFileProblem = (typeof BASEMAP_FILE_PROBLEMS)[number];

/** A failed check of the path (a zod code, or the schema's own message key), in the form's words. */
function inputProblem(code: string | undefined): BasemapFileProblem {
  if (code === 'too_small') return 'empty';
  if (code === 'too_big') return 'too_long';
  if (code === 'invalid_path') return 'invalid_path';
  return 'invalid';
}

/** The path to send (trimmed), or why it cannot be sent. */
export function checkBasemapFile(value: string): { readonly file: string } | { readonly problem: BasemapFileProblem } {
  const parsed = BasemapSetInputSchema.safeParse({ file: value });
  if (parsed.success && parsed.data.file !== null) return { file: parsed.data.file };
  const issue = parsed.error?.issues[0];
  return { problem: inputProblem(issue?.code === 'custom' ? issue.message : issue?.code) };
}

/**
 * The field's problem for a failed 'map.basemap.set'; null when the failure is not about the file or who asks
 * (the host went away, an internal error: shown as a notice instead).
 */
export function basemapErrorProblem(error: unknown): BasemapFileProblem | null {
  const { code, issues } = describeApiError(error);
  const issue = issues.find((i) => i.path === 'file') ?? issues[0];
  switch (code) {
    case 'forbidden':
      return 'forbidden';
    case 'refused':
      return issue && isOneOf(BASEMAP_PROBLEMS, issue.code) ? issue.code : null;
    case 'invalid_input':
      return inputProblem(issue?.code);
    default:
      return null;
  }
}
