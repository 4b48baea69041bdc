// An incident with a change the hub has not accepted yet (pending) or has refused (conflict, in the header's
// conflict inbox): an icon with its meaning as text for screen readers and as a tooltip, never the icon alone.
import { useTranslation } from 'react-i18next';
import type { UnsyncedState } from '../../../../shared/operations/types.ts';

const ICONS: Readonly<Record<UnsyncedState, string>> = { pending: '↻', conflict: '⚠' };

export function SyncMark({ state }: { readonly state: UnsyncedState | null }) {
  const { t } = useTranslation('incidentDesk');
  if (state === null) return null;
  const label = t(`sync.${state}`);
  return (
    <span className={`sync-state sync-state--${state}`} title={label} data-sync-state={state} data-testid="incident-unsynced">
      <span aria-hidden="true">{ICONS[state]}</span> <span className="visually-hidden">{label}</span>
    </span>
  );
}
