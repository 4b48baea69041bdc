// The "Nueva denuncia" form (inside IntakeDesk's dialog): channel, category with the priority the rules give it
// now (overridable with a reason), the place (barrio and address geocoded, or a point picked on the map), the
// description, the reporter's contact and the channel's own details. While it is typed, open incidents that may be
// the same one are listed (DuplicateList); linking the complaint to one replaces opening another.
//
// Keyboard: the first field has the focus; Enter records the complaint from any field but a multi-line text,
// where Ctrl+Enter does; Esc closes (the dialog's). Nothing is sent while a field is wrong: after a first attempt
// every problem is shown next to its field and the first one takes the focus.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CHANNELS, INCIDENT_CATEGORIES, PRIORITIES } from '../../../../shared/dispatch/codes.ts';
import { computePriority } from '../../../../shared/dispatch/priority.ts';
import { BARRIO_NAMES } from '../../../../shared/geo/barrios.ts';
import type { DuplicateCandidate } from '../../../../shared/api/dispatch.ts';
import { MAX_PHOTOS } from '../../../../shared/records/incident-schema.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { settingAt, type SettingEntry } from '../../../../shared/settings/dated.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { FormField, type FieldControl } from '../../../components/FormField.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { formatClockTime } from '../../../i18n/format.ts';
import { failureNotice, type FormNotice } from '../../../operation-form/form-notice.ts';
import { CodeSelect } from '../code-select.tsx';
import { incidentText } from '../incident-text.ts';
import { DuplicateList } from './DuplicateList.tsx';
import {
  channelDetails,
  checkLinkedComplaint,
  checkNewIncident,
  issuesToIntakeProblems,
  type IntakeDraft,
  type IntakeField,
  type IntakeProblems,
  type IntakeValues,
} from './intake-form.ts';
import { IntakeNotice } from './IntakeNotice.tsx';
import { useDuplicates } from './use-duplicates.ts';
import { usePlace, type PlaceState } from './use-place.ts';

export interface IntakeOutcome {
  readonly kind: 'opened' | 'linked';
  readonly incidentId: string;
  /** The incident as messages name it ("Ruidos molestos · Nueva Córdoba"). */
  readonly name: string;
}

interface IntakeFormProps {
  readonly draft: IntakeDraft;
  /** The dated settings the console has (the defaults until its first sync). */
  readonly settings: readonly SettingEntry[];
  /** Which control takes the focus: the first field, or (back from the map) the place's. */
  readonly focus: 'first' | 'place';
  readonly onChange: (values: IntakeValues) => void;
  readonly onPick: () => void;
  readonly onUnpick: () => void;
  readonly onCancel: () => void;
  readonly onDone: (outcome: IntakeOutcome) => void;
}

/** Room past each limit, so that a pasted long text is shown with its message rather than cut. */
const OVER_LIMIT = 50;

/** What was tried last: opening an incident, or linking to one (each asks for its own fields). */
type Attempt = null | { readonly kind: 'open' } | { readonly kind: 'link'; readonly incidentId: string };

export function IntakeForm({ draft, settings, focus, onChange, onPick, onUnpick, onCancel, onDone }: IntakeFormProps) {
  const { t, i18n } = useTranslation('intake');
  const { t: tc } = useTranslation('incidents');
  const api = useApi();
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const pickButton = useRef<HTMLButtonElement>(null);
  const [attempt, setAttempt] = useState<Attempt>(null);
  const [serverProblems, setServerProblems] = useState<IntakeProblems>({});
  const [notice, setNotice] = useState<FormNotice>(null);
  const [busy, setBusy] = useState(false);
  const { values, ids, receivedAt, point } = draft;

  const placeState = usePlace(values.barrio, values.address, point);
  const place = placeState.kind === 'located' ? placeState.place : null;
  const duplicates = useDuplicates(values.category, place, receivedAt);

  // After the dialog's showModal() (its effect runs after this one and focuses its first button), in a microtask.
  useEffect(() => {
    queueMicrotask(() => {
      if (focus === 'place') pickButton.current?.focus();
      else form.current?.querySelector<HTMLElement>('select, input')?.focus();
    });
  }, [focus]);

  const checked =
    attempt === null
      ? null
      : attempt.kind === 'open'
        ? checkNewIncident({ values, place, ids, receivedAt })
        : checkLinkedComplaint(values, attempt.incidentId, ids.complaintId, receivedAt);
  const problems: IntakeProblems = {
    ...(checked && !checked.ok ? checked.problems : {}),
    ...serverProblems,
    ...(placeState.kind === 'unknown_barrio' ? { barrio: 'unknown_barrio' } : {}),
  };

  const set = <K extends keyof IntakeValues>(key: K, value: IntakeValues[K]) => {
    setServerProblems({});
    onChange({ ...values, [key]: value });
  };

  const focusFirstProblem = () =>
    queueMicrotask(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]:not(fieldset), fieldset[aria-invalid="true"] input')?.focus(),
    );

  const send = async (mutation: Mutation, outcome: IntakeOutcome) => {
    setBusy(true);
    setNotice(null);
    try {
      await api.call('records.mutate', { mutation });
      onDone(outcome);
    } catch (error) {
      const described = describeApiError(error);
      const mapped = described.code === 'invalid_input' ? issuesToIntakeProblems(described.issues) : null;
      if (mapped && Object.keys(mapped.problems).length > 0) {
        setServerProblems(mapped.problems);
        focusFirstProblem();
      } else setNotice(failureNotice(error));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setAttempt({ kind: 'open' });
    const result = checkNewIncident({ values, place, ids, receivedAt });
    if (!result.ok) return focusFirstProblem();
    void send(result.value, { kind: 'opened', incidentId: ids.incidentId, name: incidentText(result.value, t, tc) });
  };

  const link = (candidate: DuplicateCandidate) => {
    if (busy) return;
    const incidentId = candidate.incident.id;
    setAttempt({ kind: 'link', incidentId });
    const result = checkLinkedComplaint(values, incidentId, ids.complaintId, receivedAt);
    if (!result.ok) return focusFirstProblem();
    void send(result.value, { kind: 'linked', incidentId, name: incidentText(candidate.incident, t, tc) });
  };

  // Enter records from a select (the browser submits only from text inputs); Ctrl+Enter from a multi-line text.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.altKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    const fromSelect = target instanceof HTMLSelectElement && !event.ctrlKey && !event.metaKey;
    const fromText = target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey);
    if (!fromSelect && !fromText) return;
    event.preventDefault();
    form.current?.requestSubmit();
  };

  const field = (name: IntakeField) => {
    const problem = problems[name];
    return {
      id: `${formId}-${name}`,
      label: t(`field.${name}`),
      problem: problem ? t(`problem.${problem}`, { max: MAX_PHOTOS }) : null,
      problemTestId: `intake-problem-${name}`,
    };
  };
  type TextField = Exclude<IntakeField, 'channel' | 'category' | 'overridePriority' | 'barrio'>;
  const text = (name: TextField, max: number, inputMode?: 'tel' | 'email') => (control: FieldControl) => (
    <input
      type="text"
      className="form-control"
      maxLength={max + OVER_LIMIT}
      autoComplete="off"
      inputMode={inputMode}
      {...control}
      value={values[name]}
      onChange={(event) => set(name, event.target.value)}
    />
  );

  const details = channelDetails(values.channel);
  const rules = settingAt(settings, 'dispatch.priorities', receivedAt);
  const computed = values.category !== '' && rules ? computePriority(values.category, receivedAt, rules) : null;
  const duplicateRules = settingAt(settings, 'dispatch.duplicates', receivedAt) ?? null;
  const count = Object.keys(problems).length;

  return (
    <form ref={form} className="write-form" noValidate onSubmit={submit} onKeyDown={onKeyDown} data-testid="intake-form">
      <p className="intake-form__meta">
        <span>{t('receivedAt', { time: formatClockTime(receivedAt, receivedAt, i18n.language) })}</span> <span>{t('keys')}</span>
      </p>
      <div className="intake-form__columns">
        <div className="intake-form__column">
          <Section legend={t('section.complaint')}>
            <FormField {...field('channel')}>
              {(control) => (
                <CodeSelect
                  control={control}
                  codes={COMPLAINT_CHANNELS}
                  value={values.channel}
                  onChange={(value) => set('channel', value)}
                  empty={t('choose')}
                  label={(channel) => tc(`channel.${channel}`)}
                />
              )}
            </FormField>
            <FormField {...field('category')}>
              {(control) => (
                <CodeSelect
                  control={control}
                  codes={INCIDENT_CATEGORIES}
                  value={values.category}
                  onChange={(value) => set('category', value)}
                  empty={t('choose')}
                  label={(category) => tc(`category.${category}`)}
                />
              )}
            </FormField>
            <FormField {...field('description')} hint={t('hint.description')} wide>
              {(control) => (
                <textarea
                  className="form-control"
                  rows={3}
                  maxLength={2_000 + OVER_LIMIT}
                  {...control}
                  value={values.description}
                  onChange={(event) => set('description', event.target.value)}
                />
              )}
            </FormField>
          </Section>
          <Section legend={t('priority.heading')}>
            <p className="intake-priority" role="status" data-testid="intake-priority" data-priority={computed ?? ''}>
              {computed !== null && (
                <span className={`priority-badge priority-badge--${computed}`} aria-hidden="true">
                  P{computed}
                </span>
              )}{' '}
              {computed !== null
                ? t('priority.computed', { priority: tc(`priority.${computed}`) })
                : rules
                  ? t('priority.pending')
                  : t('priority.noRules')}
            </p>
            <FormField id={`${formId}-override`} label={t('field.override')} layout="check" wide>
              {(control) => (
                <input type="checkbox" {...control} checked={values.override} onChange={(event) => set('override', event.target.checked)} />
              )}
            </FormField>
            {values.override && (
              <>
                <FormField {...field('overridePriority')}>
                  {(control) => (
                    <select
                      className="form-control"
                      {...control}
                      value={values.overridePriority}
                      onChange={(event) => set('overridePriority', event.target.value)}
                    >
                      <option value="">{t('choose')}</option>
                      {PRIORITIES.map((priority) => (
                        <option key={priority} value={String(priority)}>
                          {tc(`priority.${priority}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField {...field('overrideReason')}>{text('overrideReason', 300)}</FormField>
              </>
            )}
          </Section>
          {(details.app || details.photos || details.camera) && (
            <Section legend={t('section.channelDetails')}>
              {details.app && <FormField {...field('appReference')}>{text('appReference', 80)}</FormField>}
              {details.photos && (
                <FormField {...field('photos')} wide>
                  {(control) => (
                    <textarea
                      className="form-control"
                      rows={2}
                      {...control}
                      value={values.photos}
                      onChange={(event) => set('photos', event.target.value)}
                    />
                  )}
                </FormField>
              )}
              {details.camera && (
                <>
                  <FormField {...field('cameraId')}>{text('cameraId', 40)}</FormField>
                  <FormField {...field('clipRef')}>{text('clipRef', 200)}</FormField>
                </>
              )}
            </Section>
          )}
          <Section legend={t('section.reporter')}>
            <FormField {...field('reporterName')}>{text('reporterName', 120)}</FormField>
            <FormField {...field('reporterPhone')}>{text('reporterPhone', 40, 'tel')}</FormField>
            <FormField {...field('reporterEmail')} wide>
              {text('reporterEmail', 120, 'email')}
            </FormField>
          </Section>
        </div>
        <div className="intake-form__column">
          <Section legend={t('section.place')}>
            <FormField {...field('barrio')}>
              {(control) => (
                <CodeSelect
                  control={control}
                  codes={BARRIO_NAMES}
                  value={values.barrio}
                  onChange={(value) => set('barrio', value)}
                  empty={t('choose')}
                />
              )}
            </FormField>
            <FormField {...field('address')} hint={t('hint.address')} wide>
              {text('address', 200)}
            </FormField>
            <div className="intake-place form-field--wide">
              <p className="intake-place__state" role="status" data-testid="intake-place" data-precision={place?.precision ?? ''}>
                <strong>{t('place.heading')}:</strong> {placeLine(placeState, t, tc)}
              </p>
              {point === null ? (
                <button ref={pickButton} type="button" className="button" onClick={onPick}>
                  {t('place.pick')}
                </button>
              ) : (
                <button ref={pickButton} type="button" className="button" onClick={onUnpick}>
                  {t('place.unpick')}
                </button>
              )}
            </div>
          </Section>
          <DuplicateList state={duplicates} rules={duplicateRules} busy={busy} onLink={link} />
        </div>
      </div>
      {count > 0 && (
        <p className="write-form__summary" role="alert" data-testid="intake-problems">
          {t('problems', { count })}
        </p>
      )}
      <IntakeNotice notice={notice} onDismiss={() => setNotice(null)} />
      <div className="write-form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="intake-submit">
          {busy ? t('saving') : t('submit')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function Section({ legend, children }: { readonly legend: string; readonly children: ReactNode }) {
  return (
    <fieldset className="write-form__section">
      <legend className="write-form__legend intake-form__legend">{legend}</legend>
      <div className="write-form__grid intake-form__fields">{children}</div>
    </fieldset>
  );
}

function placeLine(state: PlaceState, t: TFunction<'intake'>, tc: TFunction<'incidents'>): string {
  switch (state.kind) {
    case 'none':
      return t('place.none');
    case 'locating':
      return t('place.locating');
    case 'located':
      return t('place.located', { precision: tc(`precision.${state.place.precision}`), barrio: state.place.barrio });
    case 'unknown_barrio':
      return t('problem.unknown_barrio');
    case 'failed':
      return t('place.failed');
  }
}
