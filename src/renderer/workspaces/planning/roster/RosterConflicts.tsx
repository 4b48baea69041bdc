// The week's conflicts, each one explained in a sentence with its figures and linked to its operation card.
// Right after a change they are this console's own computation (said so), until the core's answer replaces them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictOperations, type Conflict } from '../../../../shared/roster/types.ts';
import { conflictKey } from './roster-model.ts';
import type { RosterText } from './use-roster-text.ts';

interface RosterConflictsProps {
  readonly conflicts: readonly Conflict[];
  readonly local: boolean;
  readonly text: RosterText;
  readonly onShow: (operationId: string) => void;
}

export function RosterConflicts({ conflicts, local, text, onShow }: RosterConflictsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="roster-conflicts" aria-labelledby={`${id}-title`} data-testid="roster-conflicts" data-local={local}>
      <h3 id={`${id}-title`} className="roster-conflicts__title">
        {t('roster.conflictsTitle')}{' '}
        <span className="roster-side__count" role="status">
          {conflicts.length === 0 ? t('roster.conflictsNone') : t('roster.conflictsCount', { count: conflicts.length })}
        </span>
      </h3>
      {local && <p className="roster-conflicts__local">{t('roster.conflictsLocal')}</p>}
      {conflicts.length > 0 && (
        <ul className="roster-conflicts__list">
          {conflicts.map((c, index) => (
            <li
              key={conflictKey(c)}
              className="roster-conflict"
              data-testid="roster-conflict"
              data-kind={c.kind}
              data-operations={conflictOperations(c).join(' ')}
            >
              <span className="roster-conflict__kind">
                <span aria-hidden="true">⚠ </span>
                {t(`roster.kind.${c.kind}`)}
              </span>{' '}
              <span className="roster-conflict__text" id={`${id}-${index}`}>
                {text.conflict(c)}
              </span>{' '}
              <button
                type="button"
                className="button roster-conflict__show"
                aria-describedby={`${id}-${index}`}
                onClick={() => onShow(conflictOperations(c)[0]!)}
              >
                {t('roster.showOperation')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
