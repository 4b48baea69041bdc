// Whether this console sounds its alerts: the pref 'dispatch.alertSound', kept in the console's cache (per console,
// not per person); never set means on. null until the pref is read, when nothing plays (a muted console must not
// sound once at start). A change applies at once and is saved; a failed save is reported.
import { useCallback, useEffect, useState } from 'react';
import { PREF_SCHEMAS } from '../../../../shared/api/prefs.ts';
import { useApi } from '../../../api/ApiContext.tsx';

export interface AlertSoundPref {
  readonly on: boolean | null;
  readonly saveError: unknown;
  set(on: boolean): void;
  clearError(): void;
}

export function useAlertSoundPref(): AlertSoundPref {
  const api = useApi();
  const [on, setOn] = useState<boolean | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    api
      .call('prefs.get', { key: 'dispatch.alertSound' })
      .then(({ value }) => {
        const parsed = PREF_SCHEMAS['dispatch.alertSound'].safeParse(value);
        if (current) setOn(parsed.success ? parsed.data : true);
      })
      // Unreadable: the default.
      .catch(() => current && setOn(true));
    return () => {
      current = false;
    };
  }, [api]);
  const set = useCallback(
    (next: boolean) => {
      setOn(next);
      setSaveError(null);
      api.call('prefs.set', { key: 'dispatch.alertSound', value: next }).catch(setSaveError);
    },
    [api],
  );
  const clearError = useCallback(() => setSaveError(null), []);
  return { on, saveError, set, clearError };
}
