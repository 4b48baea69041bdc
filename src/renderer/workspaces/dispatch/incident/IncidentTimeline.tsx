// The incident's automatic timeline, newest first (timeline-rows.ts): when (Córdoba), who, from which console, the
// step and its details — a device's report older than the unit's newest marked "no aplicado (más antiguo)" — with
// the note and the note for the complainant kept with each step.
import type { IncidentStep } from '../../../../shared/records/incident-schema.ts';
import { useDeskText } from './desk-text.ts';
import { timelineRows } from './timeline-rows.ts';

interface IncidentTimelineProps {
  readonly steps: readonly IncidentStep[];
  readonly callSignOf: (unitId: string) => string;
  readonly headingId: string;
}

export function IncidentTimeline({ steps, callSignOf, headingId }: IncidentTimelineProps) {
  const text = useDeskText();
  const { t } = text;
  const rows = timelineRows(text, steps, callSignOf);
  return (
    <section className="incident-block" aria-labelledby={headingId}>
      <h3 id={headingId} className="incident-block__heading">
        {t('timeline.heading')}
      </h3>
      {rows.length === 0 ? (
        <p data-testid="incident-timeline">{t('timeline.empty')}</p>
      ) : (
        <div className="incident-timeline__wrap">
          <table className="incident-timeline" data-testid="incident-timeline">
            <caption className="visually-hidden">{t('timeline.caption')}</caption>
            <thead>
              <tr>
                {(['at', 'who', 'console', 'step', 'detail'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`timeline.column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-step={row.key}>
                  <td className="incident-timeline__at">{row.at}</td>
                  <td>{row.who}</td>
                  <td className="incident-timeline__console" title={row.consoleId ?? undefined}>
                    {row.console}
                  </td>
                  <td>{row.step}</td>
                  <td>
                    {[row.detail, row.note, row.statusNote].filter(Boolean).map((line) => (
                      <span key={line} className="incident-timeline__line">
                        {line}
                      </span>
                    ))}
                    {row.notApplied && <strong className="incident-timeline__not-applied">{row.notApplied}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
