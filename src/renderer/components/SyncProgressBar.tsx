// A first sync's bulk load, shown under the header in every workspace: "Sincronizando 420.000 de 1.000.000
// operaciones · faltan ~20 s" beside a real <progress>. A strip of its own rather than more text in the header's
// connection pill: the pill stays short ("Poniéndose al día…") and the header keeps one row, while the grid and
// the board below only lose the strip's height and stay usable. The numbers change up to 4 times a second, so
// the polite live region says only the phase (sync-progress-text.ts) and is always mounted: a region inserted
// together with its text is not reliably read.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../live/SyncStatusContext.tsx';
import { progressPercent } from '../live/sync-progress.ts';
import { progressPercentText, syncProgressAnnouncement, syncProgressText } from '../live/sync-progress-text.ts';
import './sync-progress.css';

export function SyncProgressBar() {
  const { t, i18n } = useTranslation();
  const progress = useSyncStatus()?.progress ?? null;
  const textId = useId();
  const percent = progress && progressPercent(progress);

  return (
    <>
      {progress && (
        <div className="sync-progress" data-testid="sync-progress" data-phase={progress.phase}>
          <span className="sync-progress__text" id={textId}>
            {syncProgressText(progress, t, i18n.language)}
          </span>
          {/* No value while building: an indeterminate bar (its own progress is not known). */}
          <progress
            className="sync-progress__bar"
            aria-label={t('syncProgress.label')}
            aria-describedby={textId}
            max={100}
            value={percent ?? undefined}
          />
          {percent !== null && (
            <span className="sync-progress__percent" aria-hidden="true">
              {progressPercentText(percent, t, i18n.language)}
            </span>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status" data-testid="sync-progress-announcer">
        {syncProgressAnnouncement(progress, t)}
      </p>
    </>
  );
}
