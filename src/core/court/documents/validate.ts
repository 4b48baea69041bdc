// Input checking for the documents. A broken or hostile input is refused before PDFKit is even started, with every
// problem named by its path — so a caller gets one clear error and never a half-written document.
import type { z } from 'zod';
import type { CourtDocumentKind } from '../../../shared/api/court.ts';

export interface InputIssue {
  /** "resolution.measures.0.fine.amountCents"; empty for the input itself. */
  readonly path: string;
  /** The schema's message key ("negative_amount", "invalid_case_number", "required", …) or zod's own message. */
  readonly code: string;
}

/** A few words on the less obvious codes, for the one who reads the error in a log. */
const HINTS: Readonly<Record<string, string>> = {
  invalid_case_number: 'expected TF-YYYY-NNNNNN, e.g. TF-2026-000123, or a provisional TF-YYYY-P-XXXX-NNNNNN',
  provisional_case_number: 'a signed document needs the hub’s case number, not a provisional one',
  discount_mismatch: 'discountedAmountCents must be the fine less the discount, to the cent, half up',
  negative_amount: 'amounts are integer cents, never negative',
  not_integer_cents: 'amounts are integer cents, never fractions',
  amount_mismatch: 'amountCents must equal uem × uemValueCents',
  instalments_do_not_add_up: 'the instalments must add up to the fine exactly',
  control_character: 'control characters are not text',
};

const NAMES: Readonly<Record<CourtDocumentKind, string>> = {
  citation: 'citation (cédula de notificación)',
  hearing_record: 'hearing record (acta de audiencia)',
};

export class CourtDocumentInputError extends Error {
  override readonly name = 'CourtDocumentInputError';

  constructor(
    readonly document: CourtDocumentKind,
    readonly issues: readonly InputIssue[],
  ) {
    const listed = issues
      .slice(0, 20)
      .map((i) => `${i.path || '(input)'}: ${i.code}${HINTS[i.code] ? ` (${HINTS[i.code]})` : ''}`)
      .join('; ');
    const more = issues.length > 20 ? `; and ${issues.length - 20} more` : '';
    super(`Invalid input for the ${NAMES[document]}, no PDF written — ${listed}${more}`);
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, document: CourtDocumentKind): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new CourtDocumentInputError(
    document,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.message })),
  );
}
