import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Court desk staff and judges: cases, hearing calendar, hearing record, resolutions (not built yet). */
export function CourtWorkspace() {
  return <ComingSoon workspace="court" />;
}
