// The court desk (Tribunal de Faltas): today's hearings (where the desk starts its morning), the cases with each
// case's view and the steps it can take, and the hearing calendar. Every view reads live from the local cache
// (useLiveQuery), which the hub fills only for court roles (clerks, judges) and administrators. Opening a case from
// a hearing (Hoy, Agenda) switches to Expedientes with that case open.
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canRead } from '../../../shared/records/permissions.ts';
import { Notice } from '../../components/Notice.tsx';
import { useSignedInUser } from '../../writes/use-signed-in-user.ts';
import { CasesPanel } from './cases/CasesPanel.tsx';
import { CourtsProvider } from './CourtsContext.tsx';
import { CourtTabs, courtPanelId, courtTabId, type CourtTab } from './CourtTabs.tsx';
import { HearingCalendar } from './hearings/HearingCalendar.tsx';
import { TodayHearings } from './hearings/TodayHearings.tsx';
import './court.css';

export function CourtWorkspace() {
  const { t } = useTranslation('courtDesk');
  const { known, user } = useSignedInUser();
  const allowed = user === null || canRead(user.role, 'court_case');
  return (
    <section className="court" aria-labelledby="court-title" data-testid="court-workspace">
      <h1 id="court-title">{t('title')}</h1>
      {known && !allowed ? (
        <Notice tone="warning" testId="court-not-allowed">
          {t('notAllowed')}
        </Notice>
      ) : (
        <>
          {known && user === null && <Notice tone="warning">{t('notSignedIn')}</Notice>}
          <CourtsProvider>
            <CourtDesk />
          </CourtsProvider>
        </>
      )}
    </section>
  );
}

function CourtDesk() {
  const [tab, setTab] = useState<CourtTab>('today');
  const [openCase, setOpenCase] = useState<string | null>(null);
  const onOpenCase = useCallback((caseId: string) => {
    setOpenCase(caseId);
    setTab('cases');
  }, []);
  // Every panel stays mounted (the inactive ones hidden): the list keeps its filter, search and scroll while the
  // desk looks at today's hearings, as the workspaces themselves do.
  const panel = (id: CourtTab, content: ReactNode) => (
    <div role="tabpanel" id={courtPanelId(id)} aria-labelledby={courtTabId(id)} hidden={id !== tab} className="court__panel">
      {content}
    </div>
  );
  return (
    <>
      <CourtTabs active={tab} onSelect={setTab} />
      {panel('today', <TodayHearings onOpenCase={onOpenCase} />)}
      {panel('cases', <CasesPanel openCase={openCase} onOpenCase={setOpenCase} />)}
      {panel('calendar', <HearingCalendar onOpenCase={onOpenCase} />)}
    </>
  );
}
