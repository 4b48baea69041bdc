// Planificación's views — the operations grid, the shift roster, the people, their teams, the notices' follow-up
// and the equipment (instruments' calibrations, vehicles) — as tabs
// (components/ViewTabs.tsx), each named in its own dictionary.
import { useTranslation } from 'react-i18next';
import { ViewTabs } from '../../../components/ViewTabs.tsx';

export const PLANNING_VIEWS = ['operations', 'roster', 'people', 'teams', 'notices', 'instruments'] as const;
export type PlanningView = (typeof PLANNING_VIEWS)[number];

/** The ids' prefix of the views' tabs and panels (planning-view-tab-roster, planning-view-panel-roster). */
export const PLANNING_VIEW_GROUP = 'planning-view';

export function PlanningViewTabs({ active, onSelect }: { readonly active: PlanningView; readonly onSelect: (view: PlanningView) => void }) {
  const { t } = useTranslation();
  const { t: tNotices } = useTranslation('notices');
  const { t: tInstruments } = useTranslation('instruments');
  const { t: tPeople } = useTranslation('people');
  const label = {
    operations: t('roster.viewOperations'),
    roster: t('roster.viewRoster'),
    people: tPeople('tab'),
    teams: tPeople('teams.tab'),
    notices: tNotices('tab'),
    instruments: tInstruments('tab'),
  };
  return (
    <ViewTabs
      group={PLANNING_VIEW_GROUP}
      views={PLANNING_VIEWS}
      active={active}
      onSelect={onSelect}
      label={t('roster.views')}
      viewLabel={(view) => label[view]}
    />
  );
}
