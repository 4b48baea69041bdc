// Planificación's two views — the operations grid and the shift roster — as an ARIA tab list (one tab stop,
// arrows/Home/End move and select, as the workspace tabs do).
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tabIndexForKey } from '../../../components/tab-keys.ts';

export const PLANNING_VIEWS = ['operations', 'roster'] as const;
export type PlanningView = (typeof PLANNING_VIEWS)[number];

export const planningViewTabId = (view: PlanningView) => `planning-view-tab-${view}`;
export const planningViewPanelId = (view: PlanningView) => `planning-view-panel-${view}`;

export function PlanningViewTabs({ active, onSelect }: { readonly active: PlanningView; readonly onSelect: (view: PlanningView) => void }) {
  const { t } = useTranslation();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabIndexForKey(event.key, PLANNING_VIEWS.indexOf(active), PLANNING_VIEWS.length);
    const view = next === null ? undefined : PLANNING_VIEWS[next];
    if (next === null || !view) return;
    event.preventDefault();
    onSelect(view);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('roster.views')} className="planning-views" onKeyDown={onKeyDown}>
      {PLANNING_VIEWS.map((view, index) => (
        <button
          key={view}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={planningViewTabId(view)}
          aria-selected={view === active}
          aria-controls={planningViewPanelId(view)}
          tabIndex={view === active ? 0 : -1}
          className="planning-views__tab"
          onClick={() => onSelect(view)}
        >
          {t(view === 'operations' ? 'roster.viewOperations' : 'roster.viewRoster')}
        </button>
      ))}
    </div>
  );
}
