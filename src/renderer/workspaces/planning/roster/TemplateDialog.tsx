// "Plantilla recurrente": type, weekdays, shift and start time, duration, place, team and a date range become
// one planned operation per matching Córdoba date (expandTemplate). The dates are previewed before anything is
// written; each operation is created (a draft) and then planned, one after the other, at most 200 per run.
import { useId, useMemo, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { SHIFTS, type Shift } from '../../../../shared/operations/codes.ts';
import type { RosterRules } from '../../../../shared/roster/types.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { PlanOptions } from '../../../components/PlanOptions.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import {
  checkTemplateForm,
  emptyTemplateForm,
  FORM_WEEKDAYS,
  MAX_TEMPLATE_OPERATIONS,
  shiftMinutes,
  type TemplateField,
  type TemplateFormValues,
} from './template-form.ts';
import { useRosterText } from './use-roster-text.ts';

const PREVIEW_DATES = 12;

interface TemplateDialogProps {
  readonly rules: RosterRules;
  readonly weekMonday: string;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}

/** The template's fields typed into a plain input. */
type InputField = 'startTime' | 'durationMinutes' | 'address' | 'team' | 'from' | 'to';

export function TemplateDialog({ rules, weekMonday, onClose, onDone }: TemplateDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const text = useRosterText(null);
  const formId = useId();
  const [values, setValues] = useState<TemplateFormValues>(() => emptyTemplateForm(rules, weekMonday));
  const [submitted, setSubmitted] = useState(false);
  const [progress, setProgress] = useState<{ readonly done: number; readonly total: number } | null>(null);
  const [failure, setFailure] = useState<{ readonly error: unknown; readonly done: number; readonly total: number } | null>(null);
  const checked = useMemo(() => checkTemplateForm(values), [values]);

  const set = <F extends TemplateField>(field: F, value: TemplateFormValues[F]) => setValues((current) => ({ ...current, [field]: value }));
  const problemOf = (field: TemplateField): string | null => {
    if (checked.ok) return null;
    const problem = checked.problems[field];
    if (!problem) return null;
    // Whole-run problems show at once (they are about the preview); field problems after a first try.
    if (problem === 'too_many') return t('roster.template.problem.too_many', { count: checked.count ?? 0, max: MAX_TEMPLATE_OPERATIONS });
    if (problem === 'none_generated') return t('roster.template.problem.none_generated');
    return submitted ? t(`roster.template.problem.${problem}`) : null;
  };
  const field = (name: TemplateField) => ({ id: `${formId}-${name}`, label: t(`roster.template.${name}`), problem: problemOf(name) });
  /** A text-like field of the form: its input bound to the value of the same name. */
  const input = (name: InputField, props: InputHTMLAttributes<HTMLInputElement>, wide = false) => (
    <FormField {...field(name)} wide={wide}>
      {(control) => (
        <input className="form-control" {...props} {...control} value={values[name]} onChange={(e) => set(name, e.target.value)} />
      )}
    </FormField>
  );

  const create = async () => {
    setSubmitted(true);
    if (!checked.ok) {
      const first = (Object.keys(checked.problems) as TemplateField[])[0];
      document.getElementById(`${formId}-${first === 'weekdays' ? 'weekday-1' : first}`)?.focus();
      return;
    }
    const total = checked.plans.length;
    setFailure(null);
    let done = 0;
    setProgress({ done, total });
    try {
      for (const plan of checked.plans) {
        const { operation } = await api.call('operations.create', { plan });
        await api.call('operations.setStatus', { id: operation.id, status: 'planned' });
        done += 1;
        setProgress({ done, total });
      }
      onDone(t('roster.template.created', { count: total }));
    } catch (error) {
      setFailure({ error, done, total });
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <ModalDialog
      open
      title={t('roster.template.title')}
      onClose={onClose}
      closeLabel={t('roster.template.close')}
      className="operation-dialog"
      testId="roster-template-dialog"
    >
      <form
        className="operation-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <p className="operation-form__hint">{t('roster.template.intro')}</p>
        <fieldset className="operation-form__fields" disabled={busy}>
          <FormField {...field('type')}>
            {(control) => (
              <select className="form-control" autoFocus {...control} value={values.type} onChange={(e) => set('type', e.target.value)}>
                <PlanOptions of="type" choose={t('roster.template.choose')} />
              </select>
            )}
          </FormField>
          <FormField {...field('weekdays')} wide layout="group">
            <div className="roster-weekdays__options">
              {FORM_WEEKDAYS.map((day) => (
                <label key={day} className="roster-weekdays__option">
                  <input
                    type="checkbox"
                    id={`${formId}-weekday-${day}`}
                    checked={values.weekdays.includes(day)}
                    onChange={(e) =>
                      set('weekdays', e.target.checked ? [...values.weekdays, day] : values.weekdays.filter((d) => d !== day))
                    }
                  />
                  {text.weekday(day)}
                </label>
              ))}
            </div>
          </FormField>
          <FormField {...field('shift')}>
            {(control) => (
              <select
                className="form-control"
                {...control}
                value={values.shift}
                onChange={(e) => {
                  const shift = e.target.value;
                  if (!isOneOf(SHIFTS, shift)) return;
                  // A new shift brings its own start and length; both stay editable.
                  setValues((current) => ({
                    ...current,
                    shift,
                    startTime: rules.shiftTimes[shift as Shift].start,
                    durationMinutes: String(shiftMinutes(rules, shift)),
                  }));
                }}
              >
                <PlanOptions of="shift" />
              </select>
            )}
          </FormField>
          {input('startTime', { type: 'time' })}
          {input('durationMinutes', { type: 'number', min: 1, max: 1440, step: 1 })}
          <FormField {...field('barrio')}>
            {(control) => (
              <select className="form-control" {...control} value={values.barrio} onChange={(e) => set('barrio', e.target.value)}>
                <PlanOptions of="barrio" choose={t('roster.template.choose')} />
              </select>
            )}
          </FormField>
          {input('address', { type: 'text', autoComplete: 'off' }, true)}
          {input('team', { type: 'text', autoComplete: 'off' })}
          {input('from', { type: 'date' })}
          {input('to', { type: 'date' })}
        </fieldset>

        {checked.ok && (
          <div className="roster-template__preview" data-testid="roster-template-preview">
            <p>{t('roster.template.preview', { count: checked.drafts.length })}</p>
            <ul className="roster-template__dates">
              {checked.drafts.slice(0, PREVIEW_DATES).map((draft) => (
                <li key={draft.date}>
                  {text.day(draft.date)} {text.time(draft.start)}–{text.time(draft.end)}
                </li>
              ))}
              {checked.drafts.length > PREVIEW_DATES && (
                <li>{t('roster.template.previewMore', { count: checked.drafts.length - PREVIEW_DATES })}</li>
              )}
            </ul>
          </div>
        )}
        {progress && (
          <p role="status" data-testid="roster-template-progress">
            {t('roster.template.creating', { done: progress.done, total: progress.total })}
          </p>
        )}
        {failure && (
          <ApiErrorNotice
            error={failure.error}
            title={
              failure.done > 0 ? t('roster.template.partial', { done: failure.done, total: failure.total }) : t('roster.template.failed')
            }
            onDismiss={() => setFailure(null)}
          />
        )}
        <div className="operation-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="roster-template-create">
            {t('roster.template.create', { count: checked.ok ? checked.drafts.length : 0 })}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
