// Runs in: Node (tests only). The report's page as the placement check (outsideTheirPlace) sees it.
import type { PageBands } from '../../pdf/test-support/poppler.ts';
import { FOOTER, FRAME, HEADER } from '../layout.ts';

export const REPORT_BANDS: PageBands = { frame: FRAME, headerRule: HEADER.rule, footerRule: FOOTER.rule };
