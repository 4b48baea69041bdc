// The courts (juzgados) in force today, read once for the whole Tribunal workspace from the dated settings
// ('court.courts'): the list, the case view, the reassign form and the hearings all name courts by their id.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Court } from '../../../shared/settings/catalogue.ts';
import { settingAt } from '../../../shared/settings/dated.ts';
import { useLiveQuery } from '../../live/use-live-query.ts';

const CourtsContext = createContext<readonly Court[]>([]);

export function CourtsProvider({ children }: { readonly children: ReactNode }) {
  const { value } = useLiveQuery('settings.list', {});
  // The courts of the day the desk opened: a table change effective tomorrow does not rename today's courts.
  const [now] = useState(() => Date.now());
  const courts = useMemo(
    () =>
      value
        ? (settingAt(
            value.entries.map((record) => record.entry),
            'court.courts',
            now,
          ) ?? [])
        : [],
    [value, now],
  );
  return <CourtsContext value={courts}>{children}</CourtsContext>;
}

/** The courts in force (empty before the settings arrive, or when none are set). */
export function useCourts(): readonly Court[] {
  return useContext(CourtsContext);
}

/** A court's name; its id when the settings in force do not name it (a court since removed from the table). */
export function courtName(courts: readonly Court[], courtId: string): string {
  return courts.find((court) => court.id === courtId)?.name ?? courtId;
}
