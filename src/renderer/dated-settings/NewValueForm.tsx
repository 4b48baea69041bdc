// "Nuevo valor" of one setting key (administrators only): the value's inputs generated from the key's schema
// (ValueEditor), starting from the value in force; the effective date (today by default, never before) and a
// note. Checked before sending exactly as the hub will (value-form.ts); the core's answer, when it still
// refuses, comes back onto the same fields. Nothing is sent while a field is wrong; focus goes to the first.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingRecord } from '../../shared/records/setting.ts';
import type { SettingKey } from '../../shared/settings/catalogue.ts';
import { MAX_SETTING_NOTE } from '../../shared/settings/entry-schema.ts';
import { cordobaIsoDate } from '../../shared/time/cordoba.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ApiErrorNotice } from '../components/ApiErrorNotice.tsx';
import { FormField } from '../components/FormField.tsx';
import { formatNumber } from '../i18n/format.ts';
import { formatIsoDate } from '../i18n/format.ts';
import { ValueEditor, type EditorContext } from './ValueEditor.tsx';
import {
  checkEntryForm,
  decimalSeparatorOf,
  emptyDraft,
  hasNumbers,
  serverProblems,
  specOfKey,
  toDraft,
  type Draft,
  type Problem,
  type Problems,
} from './value-form.ts';

interface NewValueFormProps {
  readonly settingKey: SettingKey;
  readonly label: string;
  /** The value the form starts from (the one in force), if any. */
  readonly startFrom: unknown;
  readonly onAdded: (record: SettingRecord) => void;
  readonly onCancel: () => void;
}

export function NewValueForm({ settingKey, label, startFrom, onAdded, onCancel }: NewValueFormProps) {
  const { t, i18n } = useTranslation('datedSettings');
  const api = useApi();
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const spec = specOfKey(settingKey);
  const decimal = decimalSeparatorOf(i18n.language);
  const [today] = useState(() => cordobaIsoDate(Date.now()));
  const [draft, setDraft] = useState<Draft>(() => (startFrom === undefined ? emptyDraft(spec) : toDraft(spec, startFrom, decimal)));
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const problemText = (problem: Problem): string => {
    const options = {
      min: problem.min === undefined ? '' : formatNumber(problem.min, i18n.language),
      max: problem.max === undefined ? String(MAX_SETTING_NOTE) : formatNumber(problem.max, i18n.language),
      today: formatIsoDate(today, i18n.language),
    };
    if (problem.code === 'out_of_range' && problem.min !== undefined && problem.max !== undefined)
      return t('problem.out_of_range_between', options);
    if (problem.code === 'too_long') return t('problem.too_long', { max: String(problem.max ?? MAX_SETTING_NOTE) });
    return t(`problem.${problem.code}`, options);
  };

  const showProblems = (found: Problems) => {
    setProblems(found);
    // After React has rendered the messages: the first marked input, in the order the form shows them.
    queueMicrotask(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset), fieldset[aria-invalid="true"] input')?.focus(),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const checked = checkEntryForm({ key: settingKey, draft, effectiveFrom, note }, Date.now(), decimal);
    if (!checked.ok) return showProblems(checked.problems);
    setProblems({});
    setBusy(true);
    try {
      const { setting } = await api.call('settings.add', { entry: checked.entry });
      onAdded(setting);
    } catch (error) {
      const mapped = serverProblems(error, settingKey);
      if (Object.keys(mapped.problems).length > 0) showProblems(mapped.problems);
      if (mapped.rest) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const context: EditorContext = { formId, problems, problemText, disabled: busy };
  const count = Object.keys(problems).length;
  const dateProblem = problems.effectiveFrom;
  const noteProblem = problems.note;

  return (
    <form
      ref={form}
      className="dated-setting-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${formId}-heading`}
      data-testid="norm-form"
    >
      <h5 id={`${formId}-heading`} className="dated-setting-form__heading">
        {t('form.heading', { label })}
      </h5>
      {hasNumbers(spec) && (
        <p id={`${formId}-number-hint`} className="dated-setting-form__hint">
          {t('form.numberHint')}
        </p>
      )}
      <ValueEditor
        context={context}
        spec={spec}
        draft={draft}
        onChange={setDraft}
        path="value"
        label={t('form.value')}
        name={settingKey.slice(settingKey.indexOf('.') + 1)}
      />
      <FormField
        id={`${formId}-effectiveFrom`}
        label={t('form.effectiveFrom')}
        hint={t('form.effectiveFromHint', { today: formatIsoDate(today, i18n.language) })}
        problem={dateProblem && problemText(dateProblem)}
        problemTestId="norm-problem"
      >
        {(control) => (
          <input
            className="form-control"
            type="date"
            min={today}
            value={effectiveFrom}
            disabled={busy}
            onChange={(e) => setEffectiveFrom(e.target.value)}
            {...control}
          />
        )}
      </FormField>
      <FormField
        id={`${formId}-note`}
        label={t('form.note')}
        problem={noteProblem && problemText(noteProblem)}
        problemTestId="norm-problem"
      >
        {(control) => (
          <textarea className="form-control" rows={2} value={note} disabled={busy} onChange={(e) => setNote(e.target.value)} {...control} />
        )}
      </FormField>
      {count > 0 && (
        <p className="dated-setting-form__summary" role="alert" data-testid="norm-form-problems">
          {t('form.problems', { count })}
        </p>
      )}
      {failure !== null && <ApiErrorNotice error={failure} title={t('form.failed')} onDismiss={() => setFailure(null)} />}
      <div className="dated-setting-form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="norm-save">
          {busy ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
