// "Cargar acta": an acta on paper or from a camera, typed in at the desk and opened as a case at once
// ('court_case.enter'; the fields and checks are enter-acta.ts). The case's id is made when the form opens, so
// sending again after a lost answer cannot make a second case (the hub answers already_exists).
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  initialSpecValues,
  isVisible,
  issuesToProblems,
  type RowValues,
  type SpecProblems,
  type SpecValues,
} from '../../../spec-form/spec-form.ts';
import { SpecFields } from '../../../spec-form/SpecFields.tsx';
import { useApi } from '../../../api/ApiContext.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { failureNotice, type FormNotice } from '../../../operation-form/form-notice.ts';
import { useRecordsText } from '../../../records-text/use-records-text.ts';
import { BARRIO_NAMES } from '../../../../shared/geo/barrios.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { ActionNotice } from './ActionDialog.tsx';
import {
  checkEnterActa,
  DESK_FIELDS,
  ENTER_ACTA_FIELDS,
  ENTER_ACTA_SECTIONS,
  specsOf,
  type DeskField as DeskFieldPath,
  type EnterActaSection,
} from './enter-acta.ts';

interface EnterActaDialogProps {
  readonly onClose: () => void;
  readonly onEntered: (caseId: string) => void;
}

export function EnterActaDialog({ onClose, onEntered }: EnterActaDialogProps) {
  const { t } = useTranslation('courtDesk');
  const api = useApi();
  const idPrefix = useId();
  const form = useRef<HTMLFormElement>(null);
  const [caseId] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<SpecValues>(() => initialSpecValues(ENTER_ACTA_FIELDS));
  const [problems, setProblems] = useState<SpecProblems>({});
  const [notice, setNotice] = useState<FormNotice>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, []);

  const onChange = (path: string, value: string | readonly RowValues[]) => setValues((current) => ({ ...current, [path]: value }));

  const showProblems = (found: SpecProblems) => {
    setProblems(found);
    queueMicrotask(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset), fieldset[aria-invalid="true"] input')?.focus(),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const checked = checkEnterActa(caseId, values);
    if (!checked.ok) return showProblems(checked.problems);
    setProblems({});
    setBusy(true);
    try {
      await api.call('records.mutate', { mutation: checked.value });
      onEntered(caseId);
    } catch (error) {
      // The core's field issues ('mutation.record.offender.dni') back onto the fields; anything else as a notice.
      const issues = describeApiError(error).issues.map((issue) => ({ ...issue, path: issue.path.replace(/^mutation\./, '') }));
      const mapped = issuesToProblems(ENTER_ACTA_FIELDS, values, issues);
      if (Object.keys(mapped.problems).length > 0) showProblems(mapped.problems);
      else setNotice(failureNotice(error));
    } finally {
      setBusy(false);
    }
  };

  const count = Object.keys(problems).length;
  return (
    <ModalDialog
      open
      title={t('enter.title')}
      onClose={onClose}
      closeLabel={t('actions.close')}
      className="enter-acta-dialog"
      testId="enter-acta-dialog"
    >
      <form ref={form} className="write-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="write-form__explain">{t('enter.explain')}</p>
        {ENTER_ACTA_SECTIONS.map((section) => (
          <fieldset key={section.id} className="write-form__section">
            <legend className="write-form__legend">{t(SECTION_LEGEND[section.id])}</legend>
            <div className="write-form__grid">
              <SectionFields paths={section.paths} values={values} onChange={onChange} problems={problems} idPrefix={idPrefix} />
            </div>
          </fieldset>
        ))}
        {count > 0 && (
          <p className="write-form__summary" role="alert">
            {t('actions.problems', { count })}
          </p>
        )}
        <ActionNotice notice={notice} onDismiss={() => setNotice(null)} />
        <div className="write-form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="enter-acta-submit">
            {busy ? t('actions.saving') : t('enter.submit')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

const SECTION_LEGEND = {
  offender: 'enter.offender',
  offence: 'enter.offence',
  place: 'enter.place',
  author: 'enter.author',
  facts: 'enter.facts',
} as const satisfies Record<EnterActaSection, string>;

interface SectionFieldsProps {
  readonly paths: readonly string[];
  readonly values: SpecValues;
  readonly onChange: (path: string, value: string | readonly RowValues[]) => void;
  readonly problems: SpecProblems;
  readonly idPrefix: string;
}

/**
 * A section's fields in order: the acta's own through SpecFields (the closing form's labels and messages), the
 * desk's with its own labels; consecutive record fields go to SpecFields together.
 */
function SectionFields({ paths, ...props }: SectionFieldsProps) {
  const out: ReactNode[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    out.push(
      <SpecFields
        key={run[0]}
        scope="finding"
        specs={specsOf(run)}
        values={props.values}
        onChange={props.onChange}
        problems={props.problems}
        showProblem={() => true}
        idPrefix={props.idPrefix}
      />,
    );
    run = [];
  };
  for (const path of paths) {
    if (!isOneOf(DESK_FIELDS, path)) {
      run.push(path);
      continue;
    }
    flush();
    out.push(<DeskField key={path} path={path} {...props} />);
  }
  flush();
  return out;
}

const DESK_LABEL = {
  origin: 'enter.origin',
  'record.offender.address': 'enter.offenderAddress',
  barrio: 'enter.barrio',
  'record.promoterId': 'enter.promoterId',
  promoterName: 'enter.promoterName',
} as const satisfies Record<DeskFieldPath, string>;

/** The choices of the desk's selects (null: a text field). */
function deskOptions(path: string, t: TFunction<'courtDesk'>): readonly { readonly value: string; readonly label: string }[] | null {
  if (path === 'origin') return (['desk', 'camera'] as const).map((origin) => ({ value: origin, label: t(`origin.${origin}`) }));
  if (path === 'barrio') return BARRIO_NAMES.map((barrio) => ({ value: barrio, label: barrio }));
  return null;
}

/** A field the desk labels itself: where the acta came from, the barrio, who wrote it, the offender's address. */
function DeskField({ path, values, onChange, problems, idPrefix }: Omit<SectionFieldsProps, 'paths'> & { readonly path: string }) {
  const { t } = useTranslation('courtDesk');
  const records = useRecordsText();
  const spec = ENTER_ACTA_FIELDS.find((s) => s.path === path);
  if (!spec || !isOneOf(DESK_FIELDS, path) || !isVisible(spec, values)) return null;
  const raw = values[path];
  const value = typeof raw === 'string' ? raw : '';
  const problem = problems[path];
  const id = `${idPrefix}-${path.replace(/\./g, '-')}`;
  const set = (next: string) => onChange(path, next);
  const options = deskOptions(path, t);
  return (
    <FormField
      id={id}
      label={t(DESK_LABEL[path])}
      hint={path === 'barrio' ? t('enter.barrioHint') : undefined}
      problem={problem ? records.problem(problem, spec) : null}
      problemTestId={`problem-${id}`}
      wide={spec.wide}
    >
      {(control) =>
        options ? (
          <select className="form-control" value={value} onChange={(e) => set(e.target.value)} {...control}>
            {path === 'barrio' && <option value="">{t('actions.choose')}</option>}
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input className="form-control" type="text" autoComplete="off" value={value} onChange={(e) => set(e.target.value)} {...control} />
        )
      }
    </FormField>
  );
}
