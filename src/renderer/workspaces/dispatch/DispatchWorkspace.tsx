import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Dispatchers: live unit board, map, complaint queue, assignment (not built yet). */
export function DispatchWorkspace() {
  return <ComingSoon workspace="dispatch" />;
}
