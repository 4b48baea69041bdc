// Type-specific figure columns and the CSV export of the current filter, in browser mode over the local demo set
// (25,000 operations: faster than the million-row fixture, and the export path is the same).
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_FILE_NAME } from '../src/core/cache/cache-session.ts';
import { esNumber, gridCell, openConsole, rowCount } from './support/console-page.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

const scope = perTest();
// Wide enough for AG Grid to render every column (it leaves columns out of view out of the DOM).
test.use({ viewport: { width: 3400, height: 900 } });
let host: HostProcess;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = scope.tempDir('convivencia-export-');
  host = scope.track(await startHostProcess(['--data-dir', dataDir, '--no-hub']));
});

/** The newest noise check gets a closed result straight in the cache file (the demo set has no details). */
function giveNewestNoiseCheckAResult(): string {
  const db = new Database(path.join(dataDir, CACHE_FILE_NAME));
  try {
    const { id, planned_start: at } = db
      .prepare("SELECT id, planned_start FROM operations WHERE type = 'noise_check' ORDER BY planned_start DESC, seq DESC LIMIT 1")
      .get() as { id: string; planned_start: number };
    const details = {
      assigned: { people: ['p1', 'p2'], resources: [] },
      result: {
        meterId: 'SLM-07',
        meterCalibratedOn: '2026-01-10',
        measuredAt: at,
        source: { kind: 'ambient', zone: 'residential', backgroundDb: 40, measuredDb: 58.2 },
        actions: ['acta'],
      },
      findings: [{ id: crypto.randomUUID(), finding: { outcome: 'warning' } }],
    };
    db.prepare("UPDATE operations SET status = 'closed', details = ? WHERE id = ?").run(JSON.stringify(details), id);
    return id;
  } finally {
    db.close();
  }
}

async function filterByType(page: import('@playwright/test').Page, label: string) {
  await page.getByTestId('filter-types').click();
  await page.getByRole('checkbox', { name: label }).check();
  await page.keyboard.press('Escape');
}

test('shows a type’s own figures only while the filter selects that type', async ({ page }) => {
  giveNewestNoiseCheckAResult();
  await openConsole(page, host.url);
  const header = (name: string) => page.getByRole('columnheader', { name, exact: true });
  await expect(header('Actas')).toBeAttached();
  await expect(header('Medido dB(A)')).toHaveCount(0);

  await filterByType(page, 'Control de ruidos');
  await expect(header('Medido dB(A)')).toBeAttached();
  await expect(header('Tests')).toHaveCount(0);
  // Newest first: the row that has a result. 58.2 dB against 40 + 5 (residential, night or day margin ≤ 7).
  await expect(gridCell(page, 0, 'noiseMeasuredDb')).toHaveText('58,2');
  await expect(gridCell(page, 0, 'noiseBackgroundDb')).toHaveText('40');
  await expect(gridCell(page, 0, 'noiseVerdict')).toHaveText('No cumple');
  await expect(gridCell(page, 0, 'peopleReserved')).toHaveText('2');
  await expect(gridCell(page, 0, 'warnings')).toHaveText('1');
  await expect(gridCell(page, 1, 'noiseVerdict')).toHaveText('');

  await filterByType(page, 'Control de alcoholemia'); // two types: no type's own columns
  await expect(header('Medido dB(A)')).toHaveCount(0);
  await expect(header('Tests')).toHaveCount(0);
});

test('exports the current filter as CSV: the grid’s columns and every row', async ({ page }) => {
  const id = giveNewestNoiseCheckAResult();
  await openConsole(page, host.url);
  await filterByType(page, 'Control de ruidos');
  const db = new Database(path.join(dataDir, CACHE_FILE_NAME), { readonly: true });
  const { n } = db.prepare("SELECT COUNT(*) AS n FROM operations WHERE type = 'noise_check'").get() as { n: number };
  db.close();
  await expect(rowCount(page)).toHaveText(`${esNumber(n)} operaciones`);
  await expect(gridCell(page, 0, 'noiseVerdict')).toHaveText('No cumple');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^operaciones-\d{8}-\d{6}\.csv$/);
  await expect(page.getByTestId('csv-export-done')).toContainText(`Se exportaron ${esNumber(n)} operaciones`);

  const bytes = fs.readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines.at(-1)).toBe('');
  const headers = await page
    .getByTestId('operations-grid')
    .locator('.ag-header-cell[col-id]')
    .evaluateAll((cells) =>
      cells
        .filter((c) => c.getAttribute('col-id') !== 'syncState')
        .sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex')))
        .map((c) => c.querySelector('.ag-header-cell-text')!.textContent!.trim()),
    );
  expect(headers).toContain('Dictamen');
  expect(lines[0]).toBe(['Identificador', ...headers].map((h) => `"${h}"`).join(';'));
  expect(lines.length - 2).toBe(n); // header and the final empty line
  const first = lines[1]!.split(';');
  expect(first[0]).toBe(`"${id}"`);
  expect(first).toContain('"No cumple"');
  expect(first).toContain('"58,2"');
  expect(first[1]).toBe('"Control de ruidos"');
});
