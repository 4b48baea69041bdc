// Small pieces every hearings view shows the same way: a hearing's status in words (its colour only repeats it),
// and its conflicts as sentences.
import { formatIsoDate } from '../../../i18n/format.ts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../../shared/api/court.ts';
import type { HearingConflict } from '../../../../shared/court/hearing-conflicts.ts';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import type { UnsyncedState } from '../../../../shared/operations/types.ts';
import { conflictLines, type ConflictContext } from './conflict-text.ts';

import { displayStatus } from './record-actions.ts';

export function StatusBadge({ hearing, unsynced }: { readonly hearing: Hearing; readonly unsynced?: UnsyncedState }) {
  const { t } = useTranslation('hearings');
  const status = displayStatus(hearing);
  return (
    <span className="hearing-status-group">
      <span className={`hearing-status hearing-status--${status}`} data-status={status}>
        {t(`status.${status}`)}
      </span>
      {hearing.amends !== null && <span className="hearing-status hearing-status--amendment">{t('amendment')}</span>}
      {unsynced && <span className={`hearing-sync hearing-sync--${unsynced}`}>{t(`unsynced.${unsynced}`)}</span>}
    </span>
  );
}

/** What the conflict sentences need from a calendar answer (its hearings and days), in the user's language. */
export function useConflictContext(hearings: readonly Hearing[], days: readonly CalendarDay[]): ConflictContext {
  const { t, i18n } = useTranslation('hearings');
  const language = i18n.language;
  return useMemo(
    () => ({
      hearings: new Map(hearings.map((h) => [h.id, h])),
      days: new Map(days.map((d) => [d.date, d])),
      formatDay: (iso: string) => formatIsoDate(iso, language),
      noNumber: t('noNumber'),
    }),
    [hearings, days, language, t],
  );
}

interface ConflictListProps {
  readonly hearing: Hearing;
  readonly conflicts: readonly HearingConflict[];
  readonly context: ConflictContext;
  /** Only the count ("2 conflictos") with the sentences as its title: for tight cells. */
  readonly compact?: boolean;
}

export function ConflictList({ hearing, conflicts, context, compact = false }: ConflictListProps) {
  const { t } = useTranslation('hearings');
  const lines = conflictLines(hearing, conflicts, context);
  if (lines.length === 0) return null;
  const sentences = lines.map((line) => t(line.key, line.values));
  if (compact) {
    return (
      <span className="hearing-conflicts hearing-conflicts--compact" data-testid="hearing-conflicts" title={sentences.join('\n')}>
        <span aria-hidden="true">⚠ </span>
        {t('conflicts.count', { count: lines.length })}
      </span>
    );
  }
  return (
    <ul className="hearing-conflicts" data-testid="hearing-conflicts" aria-label={t('conflicts.label')}>
      {sentences.map((sentence, i) => (
        <li key={i} data-code={lines[i]!.key}>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('conflicts.prefix')} </span>
          {sentence}
        </li>
      ))}
    </ul>
  );
}

/** The conflicts as one sentence string, for accessible names. */
export function useConflictSentences(): (hearing: Hearing, conflicts: readonly HearingConflict[], context: ConflictContext) => string {
  const { t } = useTranslation('hearings');
  return (hearing, conflicts, context) =>
    conflictLines(hearing, conflicts, context)
      .map((line) => t(line.key, line.values))
      .join(' ');
}
