// Workspace navigation as an ARIA tab list: one tab stop, arrows/Home/End move and select.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSPACES, workspacePanelId, workspaceTabId, type WorkspaceId } from '../workspaces/workspaces.ts';
import { tabIndexForKey } from './tab-keys.ts';

interface WorkspaceTabsProps {
  readonly active: WorkspaceId;
  readonly onSelect: (id: WorkspaceId) => void;
}

export function WorkspaceTabs({ active, onSelect }: WorkspaceTabsProps) {
  const { t } = useTranslation();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabIndexForKey(event.key, WORKSPACES.indexOf(active), WORKSPACES.length);
    const id = next === null ? undefined : WORKSPACES[next];
    if (next === null || !id) return;
    event.preventDefault();
    onSelect(id);
    tabs.current[next]?.focus();
  };

  return (
    <nav className="workspace-nav" aria-label={t('app.workspaces')}>
      <div role="tablist" aria-label={t('app.workspaces')} onKeyDown={onKeyDown}>
        {WORKSPACES.map((id, index) => (
          <button
            key={id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={workspaceTabId(id)}
            aria-selected={id === active}
            aria-controls={workspacePanelId(id)}
            tabIndex={id === active ? 0 : -1}
            className="workspace-tab"
            onClick={() => onSelect(id)}
          >
            {t(`workspace.${id}`)}
          </button>
        ))}
      </div>
    </nav>
  );
}
