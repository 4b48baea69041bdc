// Views of one place as an ARIA tab list — one tab stop, arrows/Home/End move and select — and the panels the tabs
// control: the workspaces themselves (WorkspaceTabs) and the views inside a workspace (Planificación, Tribunal,
// Indicadores). Tab and panel ids follow one scheme, `<group>-tab-<view>` and `<group>-panel-<view>`, so each names
// the other. The look of a workspace's view tabs is styles/view-tabs.css.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { tabIndexForKey } from './tab-keys.ts';

export const viewTabId = (group: string, view: string): string => `${group}-tab-${view}`;
export const viewPanelId = (group: string, view: string): string => `${group}-panel-${view}`;

interface ViewTabsProps<V extends string> {
  /** The ids' prefix ('insights' → insights-tab-dashboard, insights-panel-dashboard). */
  readonly group: string;
  readonly views: readonly V[];
  readonly active: V;
  readonly onSelect: (view: V) => void;
  /** The tab list's accessible name. */
  readonly label: string;
  readonly viewLabel: (view: V) => string;
  readonly className?: string;
  readonly tabClassName?: string;
  /** Each tab carries its id as data-testid too (the e2e specs of that workspace find tabs so). */
  readonly tabTestIds?: boolean;
}

export function ViewTabs<V extends string>(props: ViewTabsProps<V>) {
  const { group, views, active, onSelect, label, viewLabel, className = 'view-tabs', tabClassName = 'view-tabs__tab' } = props;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabIndexForKey(event.key, views.indexOf(active), views.length);
    const view = next === null ? undefined : views[next];
    if (next === null || view === undefined) return;
    event.preventDefault();
    onSelect(view);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className} onKeyDown={onKeyDown}>
      {views.map((view, index) => (
        <button
          key={view}
          ref={(element) => {
            tabs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={viewTabId(group, view)}
          aria-selected={view === active}
          aria-controls={viewPanelId(group, view)}
          tabIndex={view === active ? 0 : -1}
          className={tabClassName}
          data-testid={props.tabTestIds ? viewTabId(group, view) : undefined}
          onClick={() => onSelect(view)}
        >
          {viewLabel(view)}
        </button>
      ))}
    </div>
  );
}

interface ViewPanelProps<V extends string> {
  readonly group: string;
  readonly view: V;
  readonly active: V;
  readonly className: string;
  /** Mounts the content the first time its view is shown (not at start-up), then keeps it as the others. */
  readonly lazy?: boolean;
  readonly children: ReactNode;
}

/** One view's panel, labelled by its tab; hidden (not unmounted) while another view is shown. */
export function ViewPanel<V extends string>({ group, view, active, className, lazy = false, children }: ViewPanelProps<V>) {
  const [shown, setShown] = useState(view === active);
  if (view === active && !shown) setShown(true); // remembered from an earlier render: React's derived-state pattern
  return (
    <div
      role="tabpanel"
      id={viewPanelId(group, view)}
      aria-labelledby={viewTabId(group, view)}
      hidden={view !== active}
      className={className}
    >
      {shown || !lazy ? children : null}
    </div>
  );
}
