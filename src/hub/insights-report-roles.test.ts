// Runs in: Node. The monthly report of Indicadores (insights.report), like the dashboard, holds the indicators of the
// records the signed-in role reads and says of the others «No disponible para su rol»: every role signed in to a real
// hub gets the PDF and its one-time download token, an administrator's with nothing withheld, a dispatcher's and a
// judge's with it said. (Nobody signed in, the report's contents: src/core/insights-report/handlers.test.ts.)
import { describe, expect, it } from 'vitest';
import type { ConsoleCore } from '../core/console-core.ts';
import { pdfPages } from '../core/pdf/test-support/poppler.ts';
import { tempDir } from '../core/test-support/temp-dir.ts';
import type { CourtDocumentResult } from '../shared/api/court.ts';
import type { SessionInfo } from '../shared/api/session.ts';
import type { Role } from '../shared/auth/roles.ts';
import { cordobaIsoDate } from '../shared/time/cordoba.ts';
import { consoleFor, eventually, hubAt, syncStatus } from './test-support/following-console.ts';

async function signedIn(hub: Awaited<ReturnType<typeof hubAt>>, role: Role): Promise<ConsoleCore> {
  const core = consoleFor(hub, { role, dataDir: tempDir() });
  await eventually(
    async () => ((await core.dispatch('session.get', {})) as { value: SessionInfo }).value.user?.role,
    (signed) => signed === role,
  );
  await eventually(
    () => syncStatus(core),
    (s) => s.state === 'live',
  ); // the first sync has brought the demo's records
  return core;
}

describe('insights.report and roles', () => {
  it('prints for every role, withholding what the role does not read', async () => {
    const hub = await hubAt(tempDir(), { units: 1, demoOperations: 600 });
    const month = cordobaIsoDate(Date.now()).slice(0, 7); // the demo story runs up to now
    for (const [role, withholds] of [
      ['administrator', false],
      ['coordinator', true],
      ['dispatcher', true],
      ['judge', true],
    ] as const) {
      const core = await signedIn(hub, role);
      const result = await core.dispatch('insights.report', { month });
      expect(result, role).toMatchObject({ ok: true, value: { fileName: `informe-mensual-${month}.pdf` } });
      const { value } = result as { value: CourtDocumentResult };
      expect(core.takeExport(value.download)).toEqual({ path: value.path, fileName: value.fileName });
      expect(pdfPages(value.path).join('\n').includes('No disponible para su rol'), role).toBe(withholds);
    }
  });
});
