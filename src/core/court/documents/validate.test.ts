// A broken or hostile input is refused with one clear error naming every problem by its path, before a byte of PDF
// is made — so nothing half-written can reach the disk.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-support/temp-dir.ts';
import { renderCitationPdf } from './citation.ts';
import { renderHearingRecordPdf } from './hearing-record.ts';
import { citationFixture, FINE_CENTS, hearingRecordFixture } from './test-support/fixtures.ts';
import { CourtDocumentInputError } from './validate.ts';
import { writePdfFile } from '../../pdf/write-file.ts';

type Mutable = Record<string, unknown>;

async function refusal(render: Promise<unknown>): Promise<CourtDocumentInputError> {
  const error = await render.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CourtDocumentInputError);
  return error as CourtDocumentInputError;
}

const fineOf = (input: ReturnType<typeof hearingRecordFixture>) => {
  const fine = input.resolution.measures.find((m) => m.kind === 'fine');
  if (!fine || fine.kind !== 'fine') throw new Error('fixture has no fine');
  return fine;
};

describe('court documents refuse bad input', () => {
  it('refuses a negative amount, naming where it is', async () => {
    const input = hearingRecordFixture();
    fineOf(input).fine.amountCents = -100;
    const error = await refusal(renderHearingRecordPdf(input));
    expect(error.document).toBe('hearing_record');
    expect(error.issues).toContainEqual({ path: 'resolution.measures.0.fine.amountCents', code: 'negative_amount' });
    expect(error.message).toContain('no PDF written');
    expect(error.message).toContain('resolution.measures.0.fine.amountCents: negative_amount');
  });

  it('refuses a missing or malformed case number', async () => {
    const missing = hearingRecordFixture() as unknown as Mutable;
    delete missing.caseNumber;
    expect((await refusal(renderHearingRecordPdf(missing))).issues).toContainEqual({ path: 'caseNumber', code: 'required' });
    const citation = citationFixture();
    citation.caseNumber = 'TF-26-123';
    const error = await refusal(renderCitationPdf(citation));
    expect(error.issues).toContainEqual({ path: 'caseNumber', code: 'invalid_case_number' });
    expect(error.message).toContain('expected TF-YYYY-NNNNNN');
  });

  it('refuses money that is not integer cents, and a fine that is not UEM × value', async () => {
    const floats = hearingRecordFixture();
    fineOf(floats).fine.uemValueCents = 1080800.5;
    expect((await refusal(renderHearingRecordPdf(floats))).issues.map((i) => i.code)).toContain('not_integer_cents');
    const mismatch = hearingRecordFixture();
    fineOf(mismatch).fine.amountCents = FINE_CENTS + 1;
    expect((await refusal(renderHearingRecordPdf(mismatch))).issues.map((i) => i.code)).toContain('amount_mismatch');
  });

  it('refuses a payment plan that does not add up to the fine, and an acquittal with a sanction', async () => {
    const plan = hearingRecordFixture();
    const measure = plan.resolution.measures.find((m) => m.kind === 'payment_plan');
    if (measure?.kind !== 'payment_plan') throw new Error('fixture has no plan');
    measure.instalments[0]!.amountCents -= 1;
    expect((await refusal(renderHearingRecordPdf(plan))).issues.map((i) => i.code)).toContain('instalments_do_not_add_up');
    const both = hearingRecordFixture();
    both.resolution.measures.push({ kind: 'absolution' });
    expect((await refusal(renderHearingRecordPdf(both))).issues.map((i) => i.code)).toContain('absolution_with_sanction');
  });

  it('refuses control characters, oversized text, unknown fields and a discount that is no discount', async () => {
    const hostile = hearingRecordFixture();
    hostile.judge.fullName = 'Dra. Ferreyra\u0000';
    if (hostile.statement.given) hostile.statement.text = 'x'.repeat(100_001);
    (hostile as unknown as Mutable).extra = 'field';
    const codes = (await refusal(renderHearingRecordPdf(hostile))).issues;
    expect(codes).toContainEqual({ path: 'judge.fullName', code: 'control_character' });
    expect(codes).toContainEqual({ path: 'statement.text', code: 'too_long' });
    expect(codes.some((i) => i.path === '' && /extra/.test(i.code))).toBe(true);
    const citation = citationFixture();
    citation.voluntaryPayment!.discountedAmountCents = FINE_CENTS;
    expect((await refusal(renderCitationPdf(citation))).issues).toContainEqual({
      path: 'voluntaryPayment.discountedAmountCents',
      code: 'discount_not_lower',
    });
  });

  it('accepts a provisional case number on a draft only, and a discount only as the court rounds it', async () => {
    const draft = hearingRecordFixture();
    draft.caseNumber = 'TF-2026-P-3F2A-000017';
    draft.signatures = { status: 'draft' };
    await expect(renderHearingRecordPdf(draft)).resolves.toBeInstanceOf(Buffer);
    const signed = hearingRecordFixture();
    signed.caseNumber = 'TF-2026-P-3F2A-000017';
    expect((await refusal(renderHearingRecordPdf(signed))).issues).toContainEqual({ path: 'caseNumber', code: 'provisional_case_number' });
    const citation = citationFixture();
    citation.voluntaryPayment!.discountedAmountCents -= 1;
    expect((await refusal(renderCitationPdf(citation))).issues).toContainEqual({
      path: 'voluntaryPayment.discountedAmountCents',
      code: 'discount_mismatch',
    });
  });

  it('refuses inputs that are not objects at all', async () => {
    for (const input of [null, undefined, 42, 'acta', []]) {
      const error = await refusal(renderHearingRecordPdf(input));
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]!.path).toBe('');
    }
  });

  it('writes no file when the input is refused, and the whole file when it is not', async () => {
    const dir = tempDir('court-write-');
    const target = path.join(dir, 'acta.pdf');
    const bad = hearingRecordFixture();
    fineOf(bad).fine.amountCents = -1;
    await expect(renderHearingRecordPdf(bad).then((bytes) => writePdfFile(target, bytes))).rejects.toBeInstanceOf(CourtDocumentInputError);
    expect(fs.readdirSync(dir)).toEqual([]);
    const bytes = await renderHearingRecordPdf(hearingRecordFixture());
    await writePdfFile(target, bytes);
    expect(fs.readdirSync(dir)).toEqual(['acta.pdf']);
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
  });
});
