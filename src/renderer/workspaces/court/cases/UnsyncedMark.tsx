// A case with a change the hub has not accepted yet (pending) or has refused (conflict): an icon with its meaning
// as text for screen readers and as a tooltip — never the icon alone. In step with the hub: nothing.
import { useTranslation } from 'react-i18next';
import type { UnsyncedState } from '../../../../shared/operations/types.ts';

const ICONS: Readonly<Record<UnsyncedState, string>> = { pending: '↻', conflict: '⚠' };

export function UnsyncedMark({ state, withText = false }: { readonly state: UnsyncedState | null; readonly withText?: boolean }) {
  const { t } = useTranslation('courtDesk');
  if (state === null) return null;
  const label = t(`sync.${state}`);
  return (
    <span className={`sync-state sync-state--${state}`} title={label} data-sync-state={state} data-testid="case-unsynced">
      <span aria-hidden="true">{ICONS[state]}</span> <span className={withText ? undefined : 'visually-hidden'}>{label}</span>
    </span>
  );
}
