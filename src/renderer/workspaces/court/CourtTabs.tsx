// The Tribunal's three views as an ARIA tab list (one tab stop, arrows/Home/End move and select, as the workspace
// tabs do): today's hearings, the cases, the hearing calendar.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tabIndexForKey } from '../../components/tab-keys.ts';

export const COURT_TABS = ['today', 'cases', 'calendar'] as const;
export type CourtTab = (typeof COURT_TABS)[number];

export const courtTabId = (tab: CourtTab) => `court-tab-${tab}`;
export const courtPanelId = (tab: CourtTab) => `court-panel-${tab}`;

export function CourtTabs({ active, onSelect }: { readonly active: CourtTab; readonly onSelect: (tab: CourtTab) => void }) {
  const { t } = useTranslation('courtDesk');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabIndexForKey(event.key, COURT_TABS.indexOf(active), COURT_TABS.length);
    const tab = next === null ? undefined : COURT_TABS[next];
    if (next === null || !tab) return;
    event.preventDefault();
    onSelect(tab);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('tabs.label')} className="court-tabs" onKeyDown={onKeyDown}>
      {COURT_TABS.map((tab, index) => (
        <button
          key={tab}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={courtTabId(tab)}
          aria-selected={tab === active}
          aria-controls={courtPanelId(tab)}
          tabIndex={tab === active ? 0 : -1}
          className="court-tabs__tab"
          data-testid={`court-tab-${tab}`}
          onClick={() => onSelect(tab)}
        >
          {t(`tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
