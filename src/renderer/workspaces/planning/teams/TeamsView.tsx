// Planificación → Equipos: reads the teams and the people (for each team's active people) with the same live queries
// as Personal, so a team made here is offered there at once and a person added there counts here. A role that reads
// neither (the court desk) gets a notice instead of an error; until both answer, the section says it is loading.
import { useTranslation } from 'react-i18next';
import type { PersonRecord } from '../../../../shared/records/person-schema.ts';
import type { TeamRecord } from '../../../../shared/records/team.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { describeApiError } from '../../../errors/describe-api-error.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { TeamsSection } from './TeamsSection.tsx';

export function TeamsView() {
  const { t } = useTranslation('people');
  const teams = useLiveQuery('records.list', { entity: 'team' });
  const people = useLiveQuery('records.list', { entity: 'person' });

  const error = teams.error ?? people.error;
  if (error && describeApiError(error).code === 'forbidden')
    return (
      <Notice tone="warning" testId="teams-forbidden">
        {t('teams.forbidden')}
      </Notice>
    );
  const allTeams = (teams.value?.records ?? null) as TeamRecord[] | null;
  const everyone = (people.value?.records ?? null) as PersonRecord[] | null;
  const loaded = allTeams && everyone ? { teams: allTeams, people: everyone } : null;
  const pending =
    teams.loading || people.loading ? (
      <p role="status">{t('teams.loading')}</p>
    ) : (
      <ApiErrorNotice error={error} title={t('teams.loadFailed')} />
    );
  return <TeamsSection loaded={loaded} pending={pending} />;
}
