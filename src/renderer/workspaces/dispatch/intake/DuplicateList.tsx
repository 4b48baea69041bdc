// The open incidents the complaint being typed may be about — same category, near and recent (settings:
// dispatch.duplicates) —, nearest first, each with its distance, age, complaints so far and where it stands, and a
// "Vincular" button: the complaint then joins that incident (which counts it) instead of opening another.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../shared/api/dispatch.ts';
import { priorityOf } from '../../../../shared/records/incident-schema.ts';
import type { SettingValue } from '../../../../shared/settings/catalogue.ts';
import { formatInteger, formatNumber } from '../../../i18n/format.ts';
import { incidentText } from '../incident-text.ts';
import type { DuplicatesState } from './use-duplicates.ts';

interface DuplicateListProps {
  readonly state: DuplicatesState;
  /** The radius and window in force (null: none, the intro then gives no figures). */
  readonly rules: SettingValue<'dispatch.duplicates'> | null;
  readonly busy: boolean;
  readonly onLink: (candidate: DuplicateCandidate) => void;
}

export function DuplicateList({ state, rules, busy, onLink }: DuplicateListProps) {
  const { t, i18n } = useTranslation('intake');
  const { t: tc } = useTranslation('incidents');
  const headingId = useId();
  const locale = i18n.language;
  const candidates = state.kind === 'found' ? state.candidates : [];

  const status =
    state.kind === 'waiting'
      ? t('duplicates.waiting')
      : state.kind === 'searching'
        ? t('duplicates.searching')
        : state.kind === 'failed'
          ? t('duplicates.failed')
          : candidates.length === 0
            ? t('duplicates.none')
            : null;

  return (
    <section
      className="write-form__section intake-duplicates"
      aria-labelledby={headingId}
      data-testid="intake-duplicates"
      data-state={state.kind}
    >
      <h3 id={headingId} className="write-form__legend intake-form__legend">
        {t('duplicates.heading')}
        {candidates.length > 0 && ` (${formatNumber(candidates.length, locale)})`}
      </h3>
      <p className="intake-duplicates__intro">
        {rules
          ? t('duplicates.intro', { radius: formatInteger(rules.radiusM, locale), window: formatInteger(rules.windowMinutes, locale) })
          : t('duplicates.introNoRules')}
      </p>
      {/* Polite: a list appearing while the dispatcher types must not interrupt them. */}
      <p className="intake-duplicates__status" role="status">
        {status}
      </p>
      {candidates.length > 0 && (
        <ul className="intake-duplicates__list" aria-label={t('duplicates.list')}>
          {candidates.map((candidate) => {
            const { incident } = candidate;
            const priority = priorityOf(incident);
            const name = incidentText(incident, t, tc);
            return (
              <li key={incident.id} className="intake-duplicate" data-incident-id={incident.id}>
                <span className={`priority-badge priority-badge--${priority}`} title={tc(`priority.${priority}`)}>
                  P{priority}
                </span>
                <span className="intake-duplicate__text">
                  <span className="intake-duplicate__name">{name}</span>
                  <span className="intake-duplicate__facts">
                    {t('duplicates.facts', {
                      distance: formatInteger(candidate.distanceM, locale),
                      age: formatInteger(candidate.ageMinutes, locale),
                      complaints: t('complaints', {
                        count: incident.complaints.length,
                        formatted: formatNumber(incident.complaints.length, locale),
                      }),
                      status: tc(`status.${incident.status}`),
                    })}
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={t('duplicates.linkTo', { incident: name })}
                  onClick={() => onLink(candidate)}
                >
                  {t('duplicates.link')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
