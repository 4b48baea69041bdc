// The resolution: the measures the judge orders (a fine in UEM shown in pesos at today's UEM value — the signature
// fixes it at the value of its own day —, community work or training, seizure, closure, a payment plan that must add
// up to the fine, mediation…), the legal basis (required; prefilled with the acta's article), the reasons and the
// appeal deadline. No measure yet: the resolution waits (the record may be registered without it, not signed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_KINDS, type MeasureKind } from '../../../../shared/court/documents/hearing-record.ts';
import { NORMS } from '../../../../shared/rules/norms.ts';
import { Notice } from '../../../components/Notice.tsx';
import { centsToInput, formatCents, parsePesos } from './hearing-format.ts';
import {
  fineCents,
  newCitation,
  newMeasure,
  offenderAbsent,
  splitInstalments,
  type MeasureDraft,
  type RecordDraft,
} from './record-form.ts';
import { fieldId, GroupProblem, removeAt, replaceAt, SelectField, TextField, type ProblemOf } from './RecordFields.tsx';
import type { SectionProps } from './RecordSections.tsx';

const SUFFIXES = ['', 'bis', 'ter', 'quater'] as const;

export function ResolutionSection(props: SectionProps & { readonly uemValueArs: number | undefined }) {
  const { prefix, draft, onChange, problemOf, uemValueArs } = props;
  const { t } = useTranslation('hearings');
  const field = { prefix, problemOf };
  const setMeasure = (i: number, measure: MeasureDraft) => onChange({ ...draft, measures: replaceAt(draft.measures, i, measure) });
  const fine = draft.measures.find((m) => m.kind === 'fine');
  const fineTotal = fine ? fineCents(fine.uem, uemValueArs) : null;
  return (
    <fieldset className="hearing-record__section" data-testid="record-resolution">
      <legend>{t('record.section.resolution')}</legend>
      {offenderAbsent(draft) && <Notice tone="warning">{t('record.inAbsentia')}</Notice>}
      <GroupProblem problem={problemOf('resolution.measures')} />
      {draft.measures.length === 0 && <p>{t('record.resolution.pending')}</p>}
      {draft.measures.map((measure, i) => (
        <fieldset key={measure.kind} className="hearing-record__measure" data-testid="record-measure" data-kind={measure.kind}>
          <legend>{t(`record.resolution.kinds.${measure.kind}`)}</legend>
          <MeasureFields
            measure={measure}
            path={`resolution.measures.${i}`}
            field={field}
            uemValueArs={uemValueArs}
            fineTotal={fineTotal}
            onChange={(m) => setMeasure(i, m)}
          />
          <button
            type="button"
            className="button hearing-record__remove"
            onClick={() => onChange({ ...draft, measures: removeAt(draft.measures, i) })}
          >
            {t('record.resolution.remove')}
          </button>
        </fieldset>
      ))}
      <AddMeasure
        prefix={prefix}
        present={draft.measures.map((m) => m.kind)}
        onAdd={(kind) => onChange({ ...draft, measures: [...draft.measures, newMeasure(kind)] })}
      />
      <LegalBasis {...props} />
      <div className="hearing-record__grid">
        <TextField
          {...field}
          path="resolution.reasoning"
          label={t('record.resolution.reasoning')}
          multiline={4}
          maxLength={20_000}
          wide
          value={draft.reasoning}
          onChange={(reasoning) => onChange({ ...draft, reasoning })}
        />
        <TextField
          {...field}
          path="resolution.appealDeadline"
          type="date"
          label={t('record.resolution.appealDeadline')}
          value={draft.appealDeadline}
          onChange={(appealDeadline) => onChange({ ...draft, appealDeadline })}
        />
      </div>
    </fieldset>
  );
}

function AddMeasure({
  prefix,
  present,
  onAdd,
}: {
  readonly prefix: string;
  readonly present: readonly MeasureKind[];
  readonly onAdd: (kind: MeasureKind) => void;
}) {
  const { t } = useTranslation('hearings');
  const available = MEASURE_KINDS.filter((kind) => !present.includes(kind));
  const [chosen, setChosen] = useState<MeasureKind | ''>('');
  const kind = chosen !== '' && available.includes(chosen) ? chosen : (available[0] ?? null);
  if (kind === null) return null;
  const id = fieldId(prefix, 'add-measure');
  return (
    <div className="hearing-record__adds">
      <label htmlFor={id}>{t('record.resolution.addMeasure')}</label>
      <select
        id={id}
        className="form-control"
        value={kind}
        onChange={(e) => setChosen(e.target.value as MeasureKind)}
        data-testid="record-measure-kind"
      >
        {available.map((k) => (
          <option key={k} value={k}>
            {t(`record.resolution.kinds.${k}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => onAdd(kind)} data-testid="record-measure-add">
        {t('record.resolution.add')}
      </button>
    </div>
  );
}

interface MeasureFieldsProps {
  readonly measure: MeasureDraft;
  readonly path: string;
  readonly field: { readonly prefix: string; readonly problemOf: ProblemOf };
  readonly uemValueArs: number | undefined;
  /** The fine's amount in cents, for the payment plan (null: no fine, or not computable). */
  readonly fineTotal: number | null;
  readonly onChange: (measure: MeasureDraft) => void;
}

function MeasureFields({ measure, path, field, uemValueArs, fineTotal, onChange }: MeasureFieldsProps) {
  const { t } = useTranslation('hearings');
  const set = (changes: Partial<MeasureDraft>) => onChange({ ...measure, ...changes });
  switch (measure.kind) {
    case 'absolution':
    case 'warning':
      return <p className="hearing-record__muted">{t('record.resolution.noOptions')}</p>;
    case 'fine':
      return (
        <div className="hearing-record__grid">
          <TextField
            {...field}
            path={`${path}.fine.uem`}
            label={t('record.resolution.uem')}
            inputMode="decimal"
            maxLength={12}
            value={measure.uem}
            onChange={(uem) => set({ uem })}
            testId="record-fine-uem"
          />
          <TextField
            {...field}
            path={`${path}.paymentDeadline`}
            type="date"
            label={t('record.resolution.paymentDeadline')}
            value={measure.paymentDeadline}
            onChange={(paymentDeadline) => set({ paymentDeadline })}
          />
          <FineAmount uem={measure.uem} uemValueArs={uemValueArs} />
        </div>
      );
    case 'community_service':
      return (
        <div className="hearing-record__grid">
          <SelectField
            {...field}
            path={`${path}.mode`}
            label={t('record.resolution.mode')}
            value={measure.mode}
            options={['work', 'training'] as const}
            optionLabel={(m) => t(`record.resolution.modes.${m}`)}
            onChange={(mode) => set({ mode })}
          />
          <TextField
            {...field}
            path={`${path}.hours`}
            label={t('record.resolution.hours')}
            inputMode="numeric"
            maxLength={5}
            value={measure.hours}
            onChange={(hours) => set({ hours })}
          />
          <TextField
            {...field}
            path={`${path}.programme`}
            label={t('record.resolution.programme')}
            maxLength={200}
            value={measure.programme}
            onChange={(programme) => set({ programme })}
          />
          <TextField
            {...field}
            path={`${path}.deadline`}
            type="date"
            label={t('record.resolution.deadline')}
            value={measure.deadline}
            onChange={(deadline) => set({ deadline })}
          />
        </div>
      );
    case 'seizure':
      return (
        <TextField
          {...field}
          path={`${path}.items`}
          label={t('record.resolution.items')}
          maxLength={300}
          wide
          value={measure.items}
          onChange={(items) => set({ items })}
        />
      );
    case 'closure':
      return (
        <div className="hearing-record__grid">
          <TextField
            {...field}
            path={`${path}.address`}
            label={t('record.resolution.address')}
            maxLength={200}
            value={measure.address}
            onChange={(address) => set({ address })}
          />
          <TextField
            {...field}
            path={`${path}.days`}
            label={t('record.resolution.days')}
            inputMode="numeric"
            maxLength={5}
            value={measure.days}
            onChange={(days) => set({ days })}
          />
        </div>
      );
    case 'payment_plan':
      return <PaymentPlan measure={measure} path={path} field={field} fineTotal={fineTotal} onChange={onChange} />;
    case 'mediation':
      return (
        <TextField
          {...field}
          path={`${path}.note`}
          label={t('record.resolution.note')}
          maxLength={300}
          wide
          value={measure.note}
          onChange={(note) => set({ note })}
        />
      );
  }
}

/** "200 UEM × $ 10.808,00 = $ 2.161.600,00", at today's UEM value (the signature fixes the amount at its day's). */
function FineAmount({ uem, uemValueArs }: { readonly uem: string; readonly uemValueArs: number | undefined }) {
  const { t, i18n } = useTranslation('hearings');
  if (uemValueArs === undefined) return <p className="form-field__error form-field--wide">{t('record.resolution.noUemValue')}</p>;
  const cents = fineCents(uem, uemValueArs);
  if (cents === null) return null;
  return (
    <p className="hearing-record__amount form-field--wide" data-testid="record-fine-amount">
      {t('record.resolution.fineAmount', {
        uem: uem.trim(),
        value: formatCents(Math.round(uemValueArs * 100), i18n.language),
        amount: formatCents(cents, i18n.language),
      })}
    </p>
  );
}

function PaymentPlan({ measure, path, field, fineTotal, onChange }: Omit<MeasureFieldsProps, 'uemValueArs'>) {
  const { t, i18n } = useTranslation('hearings');
  const [count, setCount] = useState('3');
  const [firstDue, setFirstDue] = useState('');
  const instalments = measure.instalments;
  const total = instalments.reduce((sum, i) => sum + (parsePesos(i.amount) ?? 0), 0);
  const split = () => {
    const n = Number(count);
    if (fineTotal === null || !Number.isInteger(n) || !/^\d{4}-\d{2}-\d{2}$/.test(firstDue)) return;
    const plan = splitInstalments(fineTotal, n, firstDue).map((i) => ({
      dueOn: i.dueOn,
      amount: centsToInput(i.amountCents, i18n.language),
    }));
    onChange({ ...measure, instalments: plan });
  };
  return (
    <div className="hearing-record__plan">
      <GroupProblem problem={field.problemOf(`${path}.instalments`)} />
      {instalments.map((instalment, j) => (
        <fieldset key={j} className="hearing-record__row">
          <legend className="visually-hidden">{t('record.resolution.instalment', { n: j + 1 })}</legend>
          <TextField
            {...field}
            path={`${path}.instalments.${j}.dueOn`}
            type="date"
            label={t('record.resolution.dueOn')}
            value={instalment.dueOn}
            onChange={(dueOn) => onChange({ ...measure, instalments: replaceAt(instalments, j, { ...instalment, dueOn }) })}
          />
          <TextField
            {...field}
            path={`${path}.instalments.${j}.amountCents`}
            label={t('record.resolution.amount')}
            inputMode="decimal"
            maxLength={20}
            value={instalment.amount}
            onChange={(amount) => onChange({ ...measure, instalments: replaceAt(instalments, j, { ...instalment, amount }) })}
          />
          <button
            type="button"
            className="button hearing-record__remove"
            aria-label={t('record.resolution.removeInstalment', { n: j + 1 })}
            onClick={() => onChange({ ...measure, instalments: removeAt(instalments, j) })}
          >
            {t('record.legal.remove')}
          </button>
        </fieldset>
      ))}
      <div className="hearing-record__adds">
        <button
          type="button"
          className="button"
          onClick={() => onChange({ ...measure, instalments: [...instalments, { dueOn: '', amount: '' }] })}
        >
          {t('record.resolution.addInstalment')}
        </button>
        {fineTotal !== null && (
          <>
            <label htmlFor={fieldId(field.prefix, `${path}.split-count`)}>{t('record.resolution.splitCount')}</label>
            <input
              id={fieldId(field.prefix, `${path}.split-count`)}
              className="form-control hearing-record__narrow"
              inputMode="numeric"
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
            <label htmlFor={fieldId(field.prefix, `${path}.split-first`)}>{t('record.resolution.splitFirst')}</label>
            <input
              id={fieldId(field.prefix, `${path}.split-first`)}
              className="form-control"
              type="date"
              value={firstDue}
              onChange={(e) => setFirstDue(e.target.value)}
            />
            <button type="button" className="button" onClick={split} data-testid="record-plan-split">
              {t('record.resolution.split')}
            </button>
          </>
        )}
      </div>
      {fineTotal !== null && instalments.length > 0 && (
        <p className={total === fineTotal ? 'hearing-record__amount' : 'form-field__error'}>
          {t('record.resolution.planTotal', { total: formatCents(total, i18n.language), fine: formatCents(fineTotal, i18n.language) })}
        </p>
      )}
    </div>
  );
}

function LegalBasis({ prefix, draft, onChange, problemOf }: SectionProps) {
  const { t } = useTranslation('hearings');
  const field = { prefix, problemOf };
  const setCitation = (i: number, citation: RecordDraft['legalBasis'][number]) =>
    onChange({ ...draft, legalBasis: replaceAt(draft.legalBasis, i, citation) });
  return (
    <fieldset className="hearing-record__section" data-testid="record-legal-basis">
      <legend>{t('record.section.legalBasis')}</legend>
      <GroupProblem problem={problemOf('resolution.legalBasis')} />
      {draft.legalBasis.map((citation, i) => {
        const path = `resolution.legalBasis.${i}`;
        return (
          <fieldset key={i} className="hearing-record__row">
            <legend className="visually-hidden">{t('record.legal.row', { n: i + 1 })}</legend>
            <SelectField
              {...field}
              path={`${path}.norm`}
              label={t('record.legal.norm')}
              value={citation.norm}
              options={NORMS}
              optionLabel={(n) => t(`record.legal.norms.${n}`)}
              onChange={(norm) => setCitation(i, { ...citation, norm })}
            />
            <TextField
              {...field}
              path={`${path}.article`}
              label={t('record.legal.article')}
              inputMode="numeric"
              maxLength={4}
              value={citation.article}
              onChange={(article) => setCitation(i, { ...citation, article })}
            />
            <SelectField
              {...field}
              path={`${path}.suffix`}
              label={t('record.legal.suffix')}
              value={citation.suffix}
              options={SUFFIXES}
              optionLabel={(s) => s || t('record.legal.noSuffix')}
              onChange={(suffix) => setCitation(i, { ...citation, suffix })}
            />
            <TextField
              {...field}
              path={`${path}.paragraph`}
              label={t('record.legal.paragraph')}
              maxLength={30}
              value={citation.paragraph}
              onChange={(paragraph) => setCitation(i, { ...citation, paragraph })}
            />
            <TextField
              {...field}
              path={`${path}.offence`}
              label={t('record.legal.offence')}
              maxLength={200}
              value={citation.offence}
              onChange={(offence) => setCitation(i, { ...citation, offence })}
            />
            <button
              type="button"
              className="button hearing-record__remove"
              aria-label={t('record.legal.removeLabel', { n: i + 1 })}
              onClick={() => onChange({ ...draft, legalBasis: removeAt(draft.legalBasis, i) })}
            >
              {t('record.legal.remove')}
            </button>
          </fieldset>
        );
      })}
      <div className="hearing-record__adds">
        <button type="button" className="button" onClick={() => onChange({ ...draft, legalBasis: [...draft.legalBasis, newCitation()] })}>
          {t('record.legal.add')}
        </button>
      </div>
    </fieldset>
  );
}
