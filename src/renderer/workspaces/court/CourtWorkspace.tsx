// The court desk (Tribunal de Faltas): today's hearings (where the desk starts its morning), the cases with each
// case's view and the steps it can take, and the hearing calendar. Every view reads live from the local cache
// (useLiveQuery), which the hub fills only for court roles (clerks, judges) and administrators. Opening a case from
// a hearing (Hoy, Agenda) switches to Expedientes with that case open.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { ViewPanel, ViewTabs } from '../../components/ViewTabs.tsx';
import { WorkspacePage } from '../../components/WorkspacePage.tsx';
import { useSignedInUser } from '../../writes/use-signed-in-user.ts';
import { CasesPanel } from './cases/CasesPanel.tsx';
import { CourtsProvider } from './CourtsContext.tsx';
import { HearingCalendar } from './hearings/HearingCalendar.tsx';
import { TodayHearings } from './hearings/TodayHearings.tsx';
import './court.css';

const COURT_TABS = ['today', 'cases', 'calendar'] as const;
type CourtTab = (typeof COURT_TABS)[number];

export function CourtWorkspace() {
  const { t } = useTranslation('courtDesk');
  const { known, user } = useSignedInUser();
  return (
    <WorkspacePage name="court" title={t('title')} only={{ reads: 'court_case', notAllowed: t('notAllowed') }}>
      {known && user === null && <Notice tone="warning">{t('notSignedIn')}</Notice>}
      <CourtsProvider>
        <CourtDesk />
      </CourtsProvider>
    </WorkspacePage>
  );
}

function CourtDesk() {
  const { t } = useTranslation('courtDesk');
  const [tab, setTab] = useState<CourtTab>('today');
  const [openCase, setOpenCase] = useState<string | null>(null);
  const onOpenCase = useCallback((caseId: string) => {
    setOpenCase(caseId);
    setTab('cases');
  }, []);
  // Every panel stays mounted (the inactive ones hidden): the list keeps its filter, search and scroll while the
  // desk looks at today's hearings, as the workspaces themselves do.
  const panel = { group: 'court', active: tab, className: 'court__panel' };
  return (
    <>
      <ViewTabs
        group="court"
        views={COURT_TABS}
        active={tab}
        onSelect={setTab}
        label={t('tabs.label')}
        viewLabel={(view) => t(`tabs.${view}`)}
        tabTestIds
      />
      <ViewPanel {...panel} view="today">
        <TodayHearings onOpenCase={onOpenCase} />
      </ViewPanel>
      <ViewPanel {...panel} view="cases">
        <CasesPanel openCase={openCase} onOpenCase={setOpenCase} />
      </ViewPanel>
      <ViewPanel {...panel} view="calendar">
        <HearingCalendar onOpenCase={onOpenCase} />
      </ViewPanel>
    </>
  );
}
