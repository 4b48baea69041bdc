// The console shell: header (product, workspace tabs, hub connection, pending changes, the dated settings
// «Normativa», the signed-in person and the console configuration «Configuración», language), a first sync's
// progress under it, connection and cache state, workspaces.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CacheUnavailableScreen } from './cache/CacheUnavailableScreen.tsx';
import { useCacheGate, type CacheGate } from './cache/use-cache-gate.ts';
import { ApiErrorNotice } from './components/ApiErrorNotice.tsx';
import { ConnectionBanner } from './components/ConnectionBanner.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { Notice } from './components/Notice.tsx';
import { SyncIndicator } from './components/SyncIndicator.tsx';
import { SyncProgressBar } from './components/SyncProgressBar.tsx';
import { WorkspaceTabs } from './components/WorkspaceTabs.tsx';
import { SyncStatusProvider } from './live/SyncStatusContext.tsx';
import { DatedSettingsButton } from './dated-settings/DatedSettingsDialog.tsx';
import { SessionBadge } from './session/SessionBadge.tsx';
import { SessionProvider } from './session/SessionContext.tsx';
import { ConsoleConfigDialog } from './console-config/ConsoleConfigDialog.tsx';
import { WorkspacePanels } from './workspaces/WorkspacePanels.tsx';
import { DEFAULT_WORKSPACE, type WorkspaceId } from './workspaces/workspaces.ts';
import { WriteStatus } from './writes/WriteStatus.tsx';

export function App() {
  const { t } = useTranslation();
  const gate = useCacheGate();
  const [workspace, setWorkspace] = useState<WorkspaceId>(DEFAULT_WORKSPACE);
  const [languageSaveError, setLanguageSaveError] = useState<unknown>(null);
  const [consoleConfigOpen, setConsoleConfigOpen] = useState(false);
  const openConsoleConfig = () => setConsoleConfigOpen(true);

  return (
    <SyncStatusProvider>
      <SessionProvider>
        <div className="app">
          <header className="app-header">
            <div className="app-header__brand">
              <span className="app-header__name">{t('app.title')}</span>
              <span className="app-header__subtitle">{t('app.subtitle')}</span>
            </div>
            {gate.state.kind === 'ready' && <WorkspaceTabs active={workspace} onSelect={setWorkspace} />}
            <SyncIndicator onSignIn={openConsoleConfig} />
            <WriteStatus />
            <DatedSettingsButton />
            <SessionBadge onOpenConsoleConfig={openConsoleConfig} />
            <LanguageSwitch onSaveError={setLanguageSaveError} />
          </header>
          <SyncProgressBar />
          <main className="app-main">
            <ConnectionBanner />
            {languageSaveError !== null && (
              <ApiErrorNotice error={languageSaveError} title={t('language.saveFailed')} onDismiss={() => setLanguageSaveError(null)} />
            )}
            {gate.movedTo !== null && (
              <Notice tone="success" onDismiss={gate.dismissMovedTo} testId="cache-moved">
                {t('cache.movedTo', { movedTo: gate.movedTo })}
              </Notice>
            )}
            <GatedContent gate={gate} workspace={workspace} />
          </main>
          <ConsoleConfigDialog open={consoleConfigOpen} onClose={() => setConsoleConfigOpen(false)} />
        </div>
      </SessionProvider>
    </SyncStatusProvider>
  );
}

function GatedContent({ gate, workspace }: { readonly gate: CacheGate; readonly workspace: WorkspaceId }) {
  const { t } = useTranslation();
  switch (gate.state.kind) {
    case 'checking':
      return (
        <p className="app-main__status" role="status">
          {t('cache.checking')}
        </p>
      );
    case 'failed':
      return (
        <section className="full-page-message">
          <ApiErrorNotice error={gate.state.error} title={t('cache.checkFailed')} />
          <button type="button" className="button button--primary" onClick={gate.recheck}>
            {t('cache.retry')}
          </button>
        </section>
      );
    case 'unavailable':
      return <CacheUnavailableScreen status={gate.state.status} onRebuilt={gate.rebuilt} />;
    case 'ready':
      return <WorkspacePanels active={workspace} onCacheUnavailable={gate.recheck} />;
  }
}
