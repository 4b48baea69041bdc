// 'insights.report' through the real core and a real cache file (no hub: the notices a hub would have sent are
// written into the file first): the PDF lands in exports/ with a one-time download token, its headline is the
// Dashboard's figure for the same month and scope, compared with the month before and a year before, in Spanish
// and English; a month without records says so, a bad month is refused. Roles: src/hub/insights-report-roles.test.ts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CourtDocumentResult } from '../../shared/api/court.ts';
import type { Dashboard } from '../../shared/api/insights.ts';
import type { Notice } from '../../shared/records/notice-schema.ts';
import { uuidOf } from '../../shared/records/test-support/dispatch.ts';
import { noticeAt } from '../../shared/records/test-support/notices.ts';
import { addDaysIso } from '../../shared/settings/iso-date.ts';
import { cordobaDayRange } from '../../shared/time/cordoba.ts';
import { createCache } from '../cache/cache.ts';
import { CACHE_FILE_NAME } from '../cache/cache-session.ts';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { pdfPages } from '../pdf/test-support/poppler.ts';
import { tempDir } from '../test-support/temp-dir.ts';

const dayStart = (iso: string) => cordobaDayRange(iso)![0];

/** A notice whose deadline ended on `lastDay`, re-inspected the next day with `outcome`. */
function decided(n: number, barrio: string, lastDay: string, outcome: NonNullable<Notice['result']>['outcome']): Notice {
  const dueBy = dayStart(addDaysIso(lastDay, 1));
  return noticeAt(uuidOf(n), {
    barrio,
    createdAt: dayStart(addDaysIso(lastDay, -5)),
    notification: { channel: 'in_person', notifiedAt: dayStart(addDaysIso(lastDay, -3)), lastDay, dueBy, by: 'coordinadora' },
    result: {
      outcome,
      at: dueBy + 10 * 3_600_000,
      by: 'coordinadora',
      comment: null,
      actaId: outcome === 'complied_by_owner' ? null : uuidOf(100 + n),
    },
  });
}

/**
 * March 2026: in Alta Córdoba 3 of 4 complied by their owners (75 %), in Güemes 0 of 1 (the city: 3 of 5, 60 %);
 * February 2026, Alta Córdoba: 1 of 2 (50 %); March 2025: nothing.
 */
function start(): { core: ConsoleCore; dataDir: string } {
  const dataDir = tempDir();
  const cache = createCache(path.join(dataDir, CACHE_FILE_NAME));
  cache.records.putNewer('notice', [
    decided(1, 'Alta Córdoba', '2026-03-04', 'complied_by_owner'),
    decided(2, 'Alta Córdoba', '2026-03-11', 'complied_by_owner'),
    decided(3, 'Alta Córdoba', '2026-03-18', 'complied_by_owner'),
    decided(4, 'Alta Córdoba', '2026-03-25', 'not_complied'),
    decided(5, 'Güemes', '2026-03-20', 'not_complied'),
    decided(6, 'Alta Córdoba', '2026-02-10', 'complied_by_owner'),
    decided(7, 'Alta Córdoba', '2026-02-17', 'complied_by_city'),
  ]);
  cache.close();
  const core = createConsoleCore({ dataDir, host: 'browser', version: 'test', demo: false, hub: null, log: () => {} });
  return { core, dataDir };
}

async function call<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const flat = (file: string) => pdfPages(file).join(' ').replace(/\s+/g, ' ');

describe('insights.report', () => {
  it('writes the month’s PDF to exports/ and offers it once; its headline is the Dashboard’s', async () => {
    const { core, dataDir } = start();
    const report = await call<CourtDocumentResult>(core, 'insights.report', { month: '2026-03' });
    expect(report.fileName).toBe('informe-mensual-2026-03.pdf');
    expect(report.path).toBe(path.join(dataDir, 'exports', report.fileName));
    expect(report.bytes).toBeGreaterThan(10_000);
    expect(core.takeExport(report.download)).toEqual({ path: report.path, fileName: report.fileName });
    expect(core.takeExport(report.download)).toBeNull();

    const dashboard = await call<Dashboard>(core, 'insights.dashboard', { from: '2026-03-01', to: '2026-03-31' });
    const headline = dashboard.indicators.find((i) => i.id === 'compliance_without_sanction')!;
    expect([headline.numerator, headline.denominator]).toEqual([3, 5]);
    const text = flat(report.path);
    expect(text).toContain('ALCANCE Toda la ciudad');
    expect(text).toContain('INDICADOR PRINCIPAL Cumplimiento sin sanción 60,0 %');
    expect(text).toContain('3 de 5 emplazamientos con plazo vencido se cumplieron por el titular, sin acta');
    expect(text).toContain('10,0 puntos porcentuales más que en febrero de 2026 (50,0 %) y sin datos de marzo de 2025 para comparar.');
    expect(text).toMatch(/mar 2026 60,0 3 ?\/ ?5/);
    core.close();
  });

  it('keeps to the barrios asked for, in English when asked, and replaces the same report when printed again', async () => {
    const { core } = start();
    const input = { month: '2026-03', language: 'en', barrios: ['Alta Córdoba'] };
    const first = await call<CourtDocumentResult>(core, 'insights.report', input);
    expect(first.fileName).toMatch(/^monthly-report-2026-03-alta-cordoba-[0-9a-f]{8}\.pdf$/);
    const text = flat(first.path);
    expect(text).toContain('SCOPE Barrio Alta Córdoba');
    expect(text).toContain('Compliance without sanction 75.0 %');
    expect(text).toContain('25.0 percentage points more than in February 2026 (50.0 %) and no data for March 2025 to compare with.');
    const again = await call<CourtDocumentResult>(core, 'insights.report', input);
    expect(again.path).toBe(first.path);
    expect(again.download).not.toBe(first.download);
    core.close();
  });

  it('says so for a month without records, and refuses a month that is not one', async () => {
    const { core } = start();
    const empty = await call<CourtDocumentResult>(core, 'insights.report', { month: '2024-06' });
    const pages = pdfPages(empty.path);
    expect(pages).toHaveLength(1);
    expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('No hay registros de junio de 2024 en este alcance');
    for (const month of ['2026-13', '1999-01', '2026-3', '2101-01'])
      expect(await core.dispatch('insights.report', { month }), month).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('insights.report', { month: '2026-03', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    core.close();
  });
});
