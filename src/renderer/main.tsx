// Renderer entry: connect to the console core, load the saved language, then render the shell.
import './zod-jitless.ts'; // first: before any module builds a zod schema
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from '../shared/api/client.ts';
import { ApiProvider } from './api/ApiContext.tsx';
import { openTransport } from './api/bridge.ts';
import { App } from './App.tsx';
import { loadSavedLanguage } from './i18n/saved-language.ts';
import { createI18n } from './i18n/setup.ts';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/lists.css';
import './styles/write-form.css';
import './styles/view-tabs.css';
import './styles/workspace-page.css';
import './styles/planning.css';
import './styles/dispatch.css';
import './styles/map.css';
import './styles/writes.css';
import './styles/console-config.css';
import './styles/roster.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const { bridge, connection } = openTransport();
  const api = createApiClient(bridge);
  const i18n = await createI18n(await loadSavedLanguage(api));
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiProvider api={api} connection={connection}>
          <App />
        </ApiProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
