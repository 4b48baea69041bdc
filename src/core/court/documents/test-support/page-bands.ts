// Runs in: Node (tests only). The court documents' page as the placement check (outsideTheirPlace) sees it.
import type { PageBands } from '../../../pdf/test-support/poppler.ts';
import { BODY, FOOTER, HEADER } from '../layout/page.ts';

export const COURT_BANDS: PageBands = { frame: BODY, headerRule: HEADER.rule, footerRule: FOOTER.rule };
