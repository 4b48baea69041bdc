import { ComingSoon } from '../../components/ComingSoon.tsx';

/** Evidence: compliance without sanction, response times, trends by zone and type (not built yet). */
export function InsightsWorkspace() {
  return <ComingSoon workspace="insights" />;
}
