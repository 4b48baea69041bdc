// A court's day or week of hearings, keyboard first: a court chooser, day / week, previous / today / next, and the
// grid (CalendarGrid). It reads every court's hearings of the period ('court.calendar' with courtId null) and draws
// the chosen court's: the conflicts then cover a judge or a person booked in another court too, and their sentences
// can name that other hearing. Scheduling, rescheduling, cancelling and the record open in dialogs over it.
import { formatIsoDate } from '../../../i18n/format.ts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { addDaysIso } from '../../../../shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { calendarLayout, period, shiftPeriod, type CalendarView } from './calendar-model.ts';
import type { CalendarCommand } from './calendar-keys.ts';
import { CalendarGrid, type SlotRequest } from './CalendarGrid.tsx';
import { CancelHearingDialog } from './CancelHearingDialog.tsx';
import { CourtSelect } from './CourtSelect.tsx';
import { clockTime, formatLongDay } from './hearing-format.ts';
import { useConflictContext } from './HearingParts.tsx';
import { HearingRecordPanel } from './HearingRecordPanel.tsx';
import { ScheduleHearingDialog } from './ScheduleHearingDialog.tsx';
import './hearings.css';

type Dialog =
  | { readonly kind: 'schedule'; readonly slot: SlotRequest }
  | { readonly kind: 'reschedule'; readonly hearing: Hearing }
  | { readonly kind: 'cancel'; readonly hearing: Hearing }
  | { readonly kind: 'record'; readonly hearingId: string };

/** A hearing that can still move: scheduled, not signed (hearing.schedule / hearing.cancel refuse the others). */
const isOpen = (hearing: Hearing) => hearing.status === 'scheduled' && hearing.signed === null;

export function HearingCalendar({ onOpenCase }: { readonly onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation('hearings');
  const [view, setView] = useState<CalendarView>('day');
  const [date, setDate] = useState(() => cordobaIsoDate(Date.now()));
  const [chosenCourt, setChosenCourt] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const closeDialog = () => {
    setDialog(null);
    setFocusRequest((n) => n + 1);
  };
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [notOpen, setNotOpen] = useState(false);
  const { from, days } = period(view, date);
  const { value, error, loading } = useLiveQuery('court.calendar', { courtId: null, from, days }, { keepPrevious: true });
  const context = useConflictContext(value?.hearings ?? [], value?.days ?? []);
  const current = value?.hearings.find((h) => h.id === currentId) ?? null;
  const court = value?.courts.find((c) => c.id === chosenCourt) ?? value?.courts[0] ?? null;
  const layout = useMemo(() => (value && court ? calendarLayout(view, value.days, court, value.hearings) : null), [value, court, view]);

  const move = (direction: -1 | 1) => setDate((d) => shiftPeriod(view, d, direction));
  const today = () => setDate(value?.today ?? cordobaIsoDate(Date.now()));

  const onCommand = (command: CalendarCommand, hearing: Hearing | null, slot: SlotRequest | null) => {
    setNotOpen(false);
    if (command === 'previous' || command === 'next') return move(command === 'previous' ? -1 : 1);
    if (command === 'today') return today();
    if (command === 'schedule') return slot && setDialog({ kind: 'schedule', slot });
    if (!hearing) return;
    if (command === 'open') return setDialog({ kind: 'record', hearingId: hearing.id });
    if (command === 'openCase') return onOpenCase(hearing.caseId);
    if (!isOpen(hearing)) return setNotOpen(true);
    setDialog(command === 'reschedule' ? { kind: 'reschedule', hearing } : { kind: 'cancel', hearing });
  };

  if (!value) return loading ? <p role="status">{t('loading')}</p> : <ApiErrorNotice error={error} title={t('loadFailed')} />;
  const periodText =
    view === 'day'
      ? formatLongDay(from, i18n.language)
      : t('calendar.period', { from: formatIsoDate(from, i18n.language), to: formatIsoDate(addDaysIso(from, days - 1), i18n.language) });
  const noHours = value.days.every((d) => d.hours === null);
  // A day view of a day the courts do not sit says so in words (the week view says it in each day's header).
  const closedDay = value.days[0]?.businessDay === false ? value.days[0] : null;

  return (
    <section className="hearing-calendar" aria-labelledby="hearing-calendar-title" data-testid="hearing-calendar">
      <div className="hearings-toolbar">
        <h2 id="hearing-calendar-title">{t('calendar.title')}</h2>
        {value.courts.length > 0 && (
          <CourtSelect id="hearing-calendar-court" courts={value.courts} value={court?.id ?? null} onChange={setChosenCourt} />
        )}
        <span role="group" aria-label={t('calendar.view')} className="hearings-toolbar__segmented">
          {(['day', 'week'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              data-testid={`calendar-view-${v}`}
            >
              {t(`calendar.${v}`)}
            </button>
          ))}
        </span>
        <span className="hearings-toolbar__nav">
          <button type="button" className="button" onClick={() => move(-1)}>
            {view === 'day' ? t('calendar.previousDay') : t('calendar.previousWeek')}
          </button>
          <button type="button" className="button" onClick={today}>
            {t('calendar.today')}
          </button>
          <button type="button" className="button" onClick={() => move(1)}>
            {view === 'day' ? t('calendar.nextDay') : t('calendar.nextWeek')}
          </button>
        </span>
        <strong className="hearings-toolbar__period" aria-live="polite" data-testid="calendar-period">
          {periodText}
          {view === 'day' && closedDay && (
            <span className="hearings-toolbar__closed">{closedDay.holiday ? t('calendar.holiday') : t('calendar.notBusinessDay')}</span>
          )}
        </strong>
      </div>
      <p className="hearing-calendar__help" id="hearing-calendar-help" aria-label={t('calendar.helpLabel')}>
        {t('calendar.help')}
      </p>
      {noHours && <Notice tone="warning">{t('calendar.noHours')}</Notice>}
      {notOpen && (
        <Notice tone="warning" onDismiss={() => setNotOpen(false)}>
          {t('calendar.notOpen')}
        </Notice>
      )}
      {!court || !layout ? (
        <Notice tone="warning">{t('calendar.noCourts')}</Notice>
      ) : (
        <>
          <CalendarGrid
            view={view}
            calendar={value}
            court={court}
            layout={layout}
            context={context}
            label={t('calendar.gridLabel', { court: court.name, period: periodText })}
            onFocusHearing={setCurrentId}
            onCommand={onCommand}
            focusRequest={focusRequest}
          />
          {/* Below the grid: shown when a hearing takes focus, it must not move the grid under the pointer. */}
          <ActionBar hearing={current} onCommand={onCommand} />
        </>
      )}
      {dialog?.kind === 'schedule' && <ScheduleHearingDialog caseId="" replaces={null} initialSlot={dialog.slot} onClose={closeDialog} />}
      {dialog?.kind === 'reschedule' && (
        <ScheduleHearingDialog caseId={dialog.hearing.caseId} replaces={dialog.hearing} onClose={closeDialog} />
      )}
      {dialog?.kind === 'cancel' && <CancelHearingDialog hearing={dialog.hearing} onClose={closeDialog} />}
      {dialog?.kind === 'record' && <HearingRecordPanel hearingId={dialog.hearingId} onClose={closeDialog} />}
    </section>
  );
}

/** The focused hearing's actions as buttons, for the mouse (the keyboard has the shortcuts of the help line). */
function ActionBar({
  hearing,
  onCommand,
}: {
  readonly hearing: Hearing | null;
  readonly onCommand: (command: CalendarCommand, hearing: Hearing | null, slot: null) => void;
}) {
  const { t } = useTranslation('hearings');
  if (!hearing) return null;
  const open = isOpen(hearing);
  const caseNumber = hearing.caseNumber || t('noNumber');
  return (
    <div
      className="hearing-calendar__actions"
      role="group"
      aria-label={`${clockTime(hearing.start)} ${caseNumber}`}
      data-testid="calendar-actions"
    >
      <span>
        {clockTime(hearing.start)} · {caseNumber} · {hearing.offenderName}
      </span>
      <button type="button" className="button" onClick={() => onCommand('open', hearing, null)}>
        {t('today.open')}
      </button>
      <button type="button" className="button" onClick={() => onCommand('openCase', hearing, null)}>
        {t('today.openCase', { caseNumber })}
      </button>
      {open && (
        <>
          <button type="button" className="button" onClick={() => onCommand('reschedule', hearing, null)} data-testid="calendar-reschedule">
            {t('schedule.titleReschedule')}
          </button>
          <button type="button" className="button" onClick={() => onCommand('cancel', hearing, null)} data-testid="calendar-cancel">
            {t('cancel.title')}
          </button>
        </>
      )}
    </div>
  );
}
