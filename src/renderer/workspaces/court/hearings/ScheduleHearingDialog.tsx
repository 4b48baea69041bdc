// Schedule a case's hearing, or reschedule one (`replaces`: the new slot is booked and the old one cancelled with the
// reason). The case is fixed when given (caseId), else chosen among the cases waiting for a hearing; a free slot
// of the calendar pre-fills court, room and time (initialSlot). The proposed hearing's conflicts are computed as
// it is typed, with the shared rules over the day's hearings of every court (schedule-form.ts), and shown before
// saving: the clerk may book anyway, except a room already taken at that minute.
//
// The form holds only what the person changed; everything else is a default derived from the data as it loads
// (the case's court, the day after its defence term, the first free slot), so nothing needs an effect to fill in.
import { formatIsoDate } from '../../../i18n/format.ts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, CourtCalendar } from '../../../../shared/api/court.ts';
import { hearingSlotId } from '../../../../shared/court/hearing-slot.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { settingAt } from '../../../../shared/settings/dated.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { slotInstant, slotTimes } from './calendar-model.ts';
import type { SlotRequest } from './CalendarGrid.tsx';
import { clockTime } from './hearing-format.ts';
import { ConflictList, useConflictContext } from './HearingParts.tsx';
import { offenderName } from './record-form.ts';
import {
  defaultHearingDate,
  DURATIONS,
  proposedConflicts,
  proposedHearing,
  scheduleMutation,
  scheduleProblems,
  slotHolder,
  waitingCases,
  type ScheduleField,
  type ScheduleValues,
} from './schedule-form.ts';
import { WriteFailure } from './WriteFailure.tsx';
import './hearings.css';

interface ScheduleHearingDialogProps {
  /** The case to schedule; '' to choose one of the cases waiting for a hearing. */
  readonly caseId: string;
  /** The hearing this one replaces (a reschedule), or null. */
  readonly replaces: Hearing | null;
  readonly onClose: () => void;
  /** A free slot of the calendar: court, room and start pre-filled. */
  readonly initialSlot?: SlotRequest;
}

export function ScheduleHearingDialog({ caseId, replaces, onClose, initialSlot }: ScheduleHearingDialogProps) {
  const { t } = useTranslation('hearings');
  const cases = useLiveQuery('court.cases', {});
  const settings = useLiveQuery('settings.list', {});
  const [changed, setChanged] = useState<Partial<ScheduleValues>>({});
  // When the dialog opened (the clock stands still while it is open): today until the core says which day it is.
  const now = useNow(null);
  const today = cases.value?.today ?? cordobaIsoDate(now);
  const chosenCaseId = changed.caseId ?? caseId;
  const view = cases.value?.cases.find((v) => v.case.id === chosenCaseId);
  const holidays = useMemo(
    () =>
      new Set(
        settings.value
          ? (settingAt(
              settings.value.entries.map((e) => e.entry),
              'calendar.holidays',
              now,
            ) ?? [])
          : [],
      ),
    [settings.value, now],
  );
  const date =
    changed.date ??
    (initialSlot
      ? cordobaIsoDate(initialSlot.start)
      : replaces
        ? cordobaIsoDate(replaces.start)
        : defaultHearingDate(today, view?.case.notification?.due ?? null, holidays));
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today;
  const calendar = useLiveQuery('court.calendar', { courtId: null, from: validDate, days: 1 }, { keepPrevious: true });
  const title = replaces ? t('schedule.titleReschedule') : t('schedule.title');

  return (
    <ModalDialog open title={title} onClose={onClose} closeLabel={t('schedule.close')} className="schedule-dialog" testId="schedule-dialog">
      {cases.value && calendar.value ? (
        <ScheduleForm
          fixedCase={caseId !== '' ? caseId : null}
          replaces={replaces}
          cases={cases.value.cases}
          calendar={calendar.value}
          values={defaults({ changed, chosenCaseId, date, view, replaces, initialSlot, calendar: calendar.value })}
          onChange={(field, value) => setChanged((c) => ({ ...c, [field]: value }))}
          onClose={onClose}
        />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </ModalDialog>
  );
}

/** The values the form shows: what was changed, else the defaults the data suggests. */
function defaults(input: {
  readonly changed: Partial<ScheduleValues>;
  readonly chosenCaseId: string;
  readonly date: string;
  readonly view: CaseView | undefined;
  readonly replaces: Hearing | null;
  readonly initialSlot: SlotRequest | undefined;
  readonly calendar: CourtCalendar;
}): ScheduleValues {
  const { changed, chosenCaseId, date, view, replaces, initialSlot, calendar } = input;
  const courtId = changed.courtId ?? initialSlot?.courtId ?? replaces?.courtId ?? view?.case.courtId ?? calendar.courts[0]?.id ?? '';
  const rooms = calendar.courts.find((c) => c.id === courtId)?.rooms ?? [];
  const wanted = changed.room ?? initialSlot?.room ?? replaces?.room;
  const room = wanted !== undefined && rooms.includes(wanted) ? wanted : (rooms[0] ?? '');
  const sameDay = calendar.days[0]?.date === date;
  const firstFree = sameDay ? timeOptions(calendar, courtId, room, date).find((o) => !o.taken)?.time : undefined;
  return {
    caseId: chosenCaseId,
    courtId,
    room,
    date,
    time: changed.time ?? (initialSlot ? clockTime(initialSlot.start) : (firstFree ?? '')),
    durationMinutes: changed.durationMinutes ?? (replaces ? Math.round((replaces.end - replaces.start) / 60_000) : 30),
    judge: changed.judge ?? replaces?.judge ?? '',
    reason: changed.reason ?? '',
  };
}

/** The day's slots for a room, each marked when a live hearing already holds it (the hub would refuse it). */
function timeOptions(calendar: CourtCalendar, courtId: string, room: string, date: string): { time: string; taken: boolean }[] {
  const hours = calendar.days[0]?.hours;
  if (!hours || !courtId || !room) return [];
  const held = new Set(calendar.hearings.filter((h) => h.status !== 'cancelled').map((h) => h.id));
  return slotTimes(hours).map((time) => ({ time, taken: held.has(hearingSlotId(courtId, room, slotInstant(date, time))) }));
}

interface ScheduleFormProps {
  readonly fixedCase: string | null;
  readonly replaces: Hearing | null;
  readonly cases: readonly CaseView[];
  readonly calendar: CourtCalendar;
  readonly values: ScheduleValues;
  readonly onChange: <F extends ScheduleField>(field: F, value: ScheduleValues[F]) => void;
  readonly onClose: () => void;
}

function ScheduleForm({ fixedCase, replaces, cases, calendar, values, onChange, onClose }: ScheduleFormProps) {
  const { t, i18n } = useTranslation('hearings');
  const api = useApi();
  const id = useId();
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const byId = useMemo(() => new Map(cases.map((v) => [v.case.id, v.case])), [cases]);
  const courtCase = byId.get(values.caseId);
  const sameDay = calendar.days[0]?.date === values.date;
  const proposed = proposedHearing(values, courtCase);
  const holder = proposed && sameDay ? slotHolder(proposed, calendar.hearings) : null;
  const conflicts = proposed && sameDay ? proposedConflicts(proposed, calendar, byId, replaces) : [];
  const context = useConflictContext(proposed ? [...calendar.hearings, proposed] : calendar.hearings, calendar.days);
  const problems = scheduleProblems(values, { rescheduling: replaces !== null, taken: holder !== null });
  const problemOf = (field: ScheduleField) => (tried || (field === 'time' && holder) ? problems[field] : undefined);
  const say = (field: ScheduleField) => {
    const problem = problemOf(field);
    return problem ? t(`problem.${problem}`) : null;
  };
  const court = calendar.courts.find((c) => c.id === values.courtId);
  const options = timeOptions(calendar, values.courtId, values.room, values.date);
  if (values.time && !options.some((o) => o.time === values.time)) options.unshift({ time: values.time, taken: holder !== null });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!proposed || Object.keys(problems).length > 0 || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.call('records.mutate', { mutation: scheduleMutation(proposed, replaces, values.reason) });
      onClose();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  const waiting = waitingCases(cases);
  const caseLabel = (v: CaseView) =>
    t('schedule.caseOption', {
      caseNumber: v.case.number ?? t('noNumber'),
      offender: offenderName(v.case),
      status: v.status === 'defence_filed' || v.status === 'term_expired' ? t(`schedule.caseStatus.${v.status}`) : '',
    });

  return (
    <form className="hearing-form schedule-form" onSubmit={(event) => void submit(event)} noValidate>
      {replaces && (
        <p className="schedule-form__replaces">
          {t('schedule.replaces', {
            date: formatIsoDate(cordobaIsoDate(replaces.start), i18n.language),
            time: clockTime(replaces.start),
            place: replaces.room,
          })}
        </p>
      )}
      <div className="hearing-form__grid">
        <FormField id={`${id}-case`} label={t('schedule.case')} problem={say('caseId')} wide>
          {(control) =>
            fixedCase !== null ? (
              <output {...control} className="schedule-form__fixed" data-testid="schedule-case">
                {courtCase ? `${courtCase.number ?? t('noNumber')} — ${offenderName(courtCase)}` : fixedCase}
              </output>
            ) : (
              <select
                {...control}
                className="form-control"
                value={values.caseId}
                onChange={(e) => onChange('caseId', e.target.value)}
                data-testid="schedule-case"
              >
                <option value="">{waiting.length === 0 ? t('schedule.noWaitingCases') : t('schedule.caseChoose')}</option>
                {waiting.map((v) => (
                  <option key={v.case.id} value={v.case.id}>
                    {caseLabel(v)}
                  </option>
                ))}
              </select>
            )
          }
        </FormField>
        <FormField id={`${id}-court`} label={t('schedule.court')} problem={say('courtId')} wide>
          {(control) => (
            <select {...control} className="form-control" value={values.courtId} onChange={(e) => onChange('courtId', e.target.value)}>
              <option value="">{t('schedule.courtChoose')}</option>
              {calendar.courts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-room`} label={t('schedule.room')} problem={say('room')}>
          {(control) => (
            <select {...control} className="form-control" value={values.room} onChange={(e) => onChange('room', e.target.value)}>
              {(court?.rooms ?? []).map((room) => (
                <option key={room} value={room}>
                  {room}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-date`} label={t('schedule.date')} problem={say('date')}>
          {(control) => (
            <input
              {...control}
              type="date"
              className="form-control"
              value={values.date}
              onChange={(e) => onChange('date', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-time`} label={t('schedule.time')} problem={say('time')}>
          {(control) => (
            <select
              {...control}
              className="form-control"
              value={values.time}
              onChange={(e) => onChange('time', e.target.value)}
              data-testid="schedule-time"
            >
              <option value="">{t('schedule.timeChoose')}</option>
              {options.map((o) => (
                <option key={o.time} value={o.time}>
                  {o.taken ? t('schedule.timeTaken', { time: o.time }) : o.time}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-duration`} label={t('schedule.duration')}>
          {(control) => (
            <select
              {...control}
              className="form-control"
              value={values.durationMinutes}
              onChange={(e) => onChange('durationMinutes', Number(e.target.value))}
            >
              {[...new Set([...DURATIONS, values.durationMinutes])].map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('schedule.minutes', { count: minutes })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-judge`} label={t('schedule.judge')} hint={t('schedule.judgeHint')} problem={say('judge')} wide>
          {(control) => (
            <>
              <input
                {...control}
                className="form-control"
                list={`${id}-judges`}
                maxLength={120}
                autoComplete="off"
                value={values.judge}
                onChange={(e) => onChange('judge', e.target.value)}
                data-testid="schedule-judge"
              />
              <datalist id={`${id}-judges`}>
                {calendar.judges.map((judge) => (
                  <option key={judge} value={judge} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        {replaces && (
          <FormField id={`${id}-reason`} label={t('schedule.reason')} problem={say('reason')} wide>
            {(control) => (
              <textarea
                {...control}
                className="form-control"
                rows={2}
                maxLength={500}
                value={values.reason}
                onChange={(e) => onChange('reason', e.target.value)}
              />
            )}
          </FormField>
        )}
      </div>
      <section className="schedule-form__conflicts" aria-labelledby={`${id}-conflicts`} aria-live="polite">
        <h3 id={`${id}-conflicts`}>{t('schedule.conflictsTitle')}</h3>
        {!proposed ? (
          <p>{t('schedule.incomplete')}</p>
        ) : !sameDay ? (
          <p role="status">{t('schedule.checking')}</p>
        ) : conflicts.length === 0 ? (
          <p data-testid="schedule-no-conflicts">{t('schedule.noConflicts')}</p>
        ) : (
          <>
            <ConflictList hearing={proposed} conflicts={conflicts} context={context} />
            {!holder && <p>{t('schedule.conflictsConfirm')}</p>}
          </>
        )}
      </section>
      {tried && Object.keys(problems).length > 0 && (
        <Notice tone="error">{t('problemsSummary', { count: Object.keys(problems).length })}</Notice>
      )}
      {failure !== null && <WriteFailure error={failure} title={t('schedule.failed')} />}
      <div className="hearing-form__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('schedule.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || holder !== null} data-testid="schedule-save">
          {busy
            ? t('schedule.saving')
            : conflicts.length > 0
              ? t('schedule.saveAnyway')
              : replaces
                ? t('schedule.saveReschedule')
                : t('schedule.save')}
        </button>
      </div>
    </form>
  );
}
