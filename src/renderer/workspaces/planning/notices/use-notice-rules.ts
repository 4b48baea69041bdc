// What the notice dialogs judge by, as the console holds it: the dated settings (DOMAIN.md's defaults until the first
// sync, as the core does) and the notice-wording trials.
import { useMemo } from 'react';
import type { NoticeTrial } from '../../../../shared/records/notice-trial-schema.ts';
import type { SettingEntry } from '../../../../shared/settings/dated.ts';
import { DEFAULT_SETTINGS } from '../../../../shared/settings/defaults.ts';
import { useLiveQuery } from '../../../live/use-live-query.ts';

export interface NoticeRules {
  readonly settings: readonly SettingEntry[];
  readonly trials: readonly NoticeTrial[];
}

export function useNoticeRules(): NoticeRules {
  const settings = useLiveQuery('settings.list', {});
  const trials = useLiveQuery('records.list', { entity: 'notice_trial' });
  return useMemo(() => {
    const entries = settings.value?.entries.map((record) => record.entry) ?? [];
    return {
      settings: entries.length > 0 ? entries : DEFAULT_SETTINGS,
      trials: (trials.value?.records ?? []) as NoticeTrial[],
    };
  }, [settings.value, trials.value]);
}
