// People and resources of the roster: filterable by name and qualification; instruments with their last
// verification and "Vencido" when it runs out before the week ends; vehicles with their seats and «En taller».
// Inactive people are not offered; someone away on a day of the week says why («Licencia 7–11 dic»). Each entry
// can be dragged onto a card, or ticked (Space, or Enter) and assigned to the selected card with "Asignar".
import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterWeekView } from '../../../../shared/api/planning.ts';
import type { Operation } from '../../../../shared/operations/types.ts';
import { isActive } from '../../../../shared/records/person-schema.ts';
import { absencesOverlap } from '../../../../shared/roster/absences.ts';
import { QUALIFICATIONS, RESOURCE_KINDS, type Conflict, type Qualification } from '../../../../shared/roster/types.ts';
import { isOneOf } from '../../../../shared/util/one-of.ts';
import { FormField } from '../../../components/FormField.tsx';
import { formatDays } from '../people/absence-days.ts';
import { draggedItem } from './drag-state.ts';
import {
  assignedOf,
  calibrationState,
  DRAG_TYPE,
  dragPayload,
  itemKey,
  weekDays,
  type ConflictIndex,
  type RosterItemRef,
} from './roster-model.ts';
import type { RosterText } from './use-roster-text.ts';

interface RosterSidebarProps {
  readonly view: RosterWeekView;
  readonly text: RosterText;
  readonly conflicts: ConflictIndex;
  readonly mayAssign: boolean;
  readonly picks: readonly RosterItemRef[];
  readonly onTogglePick: (item: RosterItemRef) => void;
  readonly onClearPicks: () => void;
  readonly selectedOperation: Operation | null;
  readonly onAssign: () => void;
  readonly pickPreview: readonly Conflict[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function RosterSidebar(props: RosterSidebarProps) {
  const { view, text, conflicts, mayAssign, picks, onTogglePick, onClearPicks, selectedOperation, onAssign, pickPreview } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [qualification, setQualification] = useState<Qualification | ''>('');
  const picked = new Set(picks.map(itemKey));
  const inSelected = new Set(
    selectedOperation
      ? [
          ...assignedOf(selectedOperation).people.map((p) => `person:${p}`),
          ...assignedOf(selectedOperation).resources.map((r) => `resource:${r}`),
        ]
      : [],
  );

  const needle = fold(name.trim());
  const offered = view.people.filter(isActive);
  const people = offered.filter(
    (p) => (needle === '' || fold(p.name).includes(needle)) && (qualification === '' || p.qualifications.includes(qualification)),
  );
  const days = weekDays(view.start);
  const week = { from: days[0]!, to: days[6]! };

  const vehicleEntry = (vehicle: RosterWeekView['resources'][number]) => {
    const workshop = vehicle.status === 'workshop';
    return entry(
      { kind: 'resource', id: vehicle.id },
      vehicle.label,
      <>
        {vehicle.seats !== undefined && <span>{t('roster.seats', { count: vehicle.seats })}</span>}
        {workshop && (
          <span className="roster-badge roster-badge--lapsed" data-testid="roster-workshop">
            <span aria-hidden="true">⚠ </span>
            {t('roster.workshop')}
          </span>
        )}
      </>,
      workshop ? ' roster-item--lapsed' : '',
    );
  };

  const entry = (item: RosterItemRef, label: string, meta: React.ReactNode, extraClass = '') => {
    const key = itemKey(item);
    const own = conflicts.bySubject.get(key) ?? [];
    const checkboxId = `${id}-${key}`;
    return (
      <li
        key={key}
        className={`roster-item${picked.has(key) ? ' roster-item--picked' : ''}${extraClass}`}
        draggable={mayAssign}
        onDragStart={
          mayAssign
            ? (event: DragEvent) => {
                event.dataTransfer.setData(DRAG_TYPE, dragPayload(item));
                event.dataTransfer.setData('text/plain', label);
                event.dataTransfer.effectAllowed = 'copy';
                draggedItem.current = item;
              }
            : undefined
        }
        onDragEnd={() => {
          draggedItem.current = null;
        }}
        data-testid={`roster-${item.kind}`}
        data-id={item.id}
      >
        <div className="roster-item__head">
          {mayAssign && (
            <input
              type="checkbox"
              id={checkboxId}
              className="roster-item__check"
              checked={picked.has(key)}
              onChange={() => onTogglePick(item)}
              onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                onTogglePick(item);
              }}
              aria-describedby={`${checkboxId}-meta`}
            />
          )}
          {mayAssign ? (
            <label htmlFor={checkboxId} className="roster-item__name">
              {label}
            </label>
          ) : (
            <span className="roster-item__name">{label}</span>
          )}
        </div>
        <div className="roster-item__meta" id={`${checkboxId}-meta`}>
          {meta}
          {inSelected.has(key) && <span className="roster-badge">{t('roster.inSelected')}</span>}
          {own.length > 0 && (
            <span className="roster-badge roster-badge--conflict">
              <span aria-hidden="true">⚠ </span>
              {t('roster.itemConflicts', { count: own.length })}
            </span>
          )}
        </div>
      </li>
    );
  };

  return (
    <aside className="roster-side" aria-label={`${t('roster.people')} · ${t('roster.resources')}`}>
      {mayAssign && (
        <section className="roster-assign" aria-labelledby={`${id}-selection`} data-testid="roster-assign">
          <p id={`${id}-selection`} className="roster-assign__selection" aria-live="polite">
            {selectedOperation ? t('roster.selection', { operation: text.operation(selectedOperation.id) }) : t('roster.noSelection')}
          </p>
          <div className="roster-assign__actions">
            <span className="roster-assign__count">{t('roster.picked', { count: picks.length })}</span>
            <button
              type="button"
              className="button button--primary"
              disabled={!selectedOperation || picks.length === 0}
              onClick={onAssign}
              aria-describedby={`${id}-selection`}
              data-testid="roster-assign-button"
            >
              {t('roster.assign')}
            </button>
            <button type="button" className="button" disabled={picks.length === 0} onClick={onClearPicks}>
              {t('roster.clearPicks')}
            </button>
          </div>
          {pickPreview.length > 0 && (
            <div className="roster-assign__preview" data-testid="roster-pick-preview">
              <p>{t('roster.pickPreview')}</p>
              <ul>
                {pickPreview.map((c, i) => (
                  <li key={i}>{text.conflict(c)}</li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      <section className="roster-side__section" aria-labelledby={`${id}-people`}>
        <h3 id={`${id}-people`} className="roster-side__title">
          {t('roster.people')}{' '}
          <span className="roster-side__count">{t('roster.shown', { shown: people.length, total: offered.length })}</span>
        </h3>
        <div className="roster-side__filters">
          <FormField id={`${id}-name`} label={t('roster.filterName')}>
            {(control) => (
              <input
                type="search"
                className="filter-control"
                value={name}
                onChange={(event) => setName(event.target.value)}
                autoComplete="off"
                {...control}
              />
            )}
          </FormField>
          <FormField id={`${id}-qualification`} label={t('roster.filterQualification')}>
            {(control) => (
              <select
                className="filter-control"
                value={qualification}
                onChange={(event) => setQualification(isOneOf(QUALIFICATIONS, event.target.value) ? event.target.value : '')}
                {...control}
              >
                <option value="">{t('roster.anyQualification')}</option>
                {QUALIFICATIONS.map((q) => (
                  <option key={q} value={q}>
                    {t(`roster.qualification.${q}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {people.length === 0 ? (
          <p className="roster-side__empty">{t('roster.noMatches')}</p>
        ) : (
          <ul className="roster-side__list" data-testid="roster-people">
            {people.map((person) => {
              const away = (person.absences ?? []).filter((a) => absencesOverlap(a, week));
              return entry(
                { kind: 'person', id: person.id },
                person.name,
                <>
                  <span>
                    {person.qualifications.length === 0
                      ? t('roster.noQualifications')
                      : person.qualifications.map((q) => t(`roster.qualification.${q}`)).join(' · ')}
                  </span>
                  {away.map((a) => (
                    <span key={a.id} className="roster-badge roster-badge--away" data-testid="roster-away">
                      {t('roster.away', { absence: t(`roster.absence.${a.kind}`), days: formatDays(a.from, a.to, i18n.language) })}
                    </span>
                  ))}
                </>,
              );
            })}
          </ul>
        )}
      </section>

      <section className="roster-side__section" aria-labelledby={`${id}-resources`}>
        <h3 id={`${id}-resources`} className="roster-side__title">
          {t('roster.resources')}
        </h3>
        {RESOURCE_KINDS.map((kind) => {
          const ofKind = view.resources.filter((r) => r.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="roster-side__group">
              <h4 className="roster-side__subtitle">{t(`roster.resourceKind.${kind}`)}</h4>
              <ul className="roster-side__list" data-testid={`roster-resources-${kind}`}>
                {ofKind.map((resource) => {
                  if (resource.kind === 'vehicle') return vehicleEntry(resource);
                  const calibration = calibrationState(resource, view);
                  const lapsed = calibration?.lapsed ?? false;
                  return entry(
                    { kind: 'resource', id: resource.id },
                    resource.label,
                    calibration && (
                      <>
                        <span>
                          {calibration.validUntil === null || resource.calibratedOn === undefined
                            ? t('roster.neverCalibrated')
                            : t('roster.calibration', { date: text.date(resource.calibratedOn), until: text.date(calibration.validUntil) })}
                        </span>
                        {lapsed && (
                          <span className="roster-badge roster-badge--lapsed" data-testid="roster-lapsed">
                            <span aria-hidden="true">⚠ </span>
                            {t('roster.lapsed')}
                          </span>
                        )}
                      </>
                    ),
                    lapsed ? ' roster-item--lapsed' : '',
                  );
                })}
              </ul>
            </div>
          );
        })}
      </section>
    </aside>
  );
}
