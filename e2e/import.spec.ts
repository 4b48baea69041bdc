// Issue 15, the CSV import (browser mode, the embedded demo hub, the demo administrator): Administración → Importar
// offers the template; a file of instruments with one bad row is checked — the report names its line, column and
// reason, and «Importar» stays disabled; the corrected file imports every row at once; the hub takes them and
// Planificación → Equipamiento lists the new instruments. A file over the size limit is refused before it is sent.
// axe on the view with its report.
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { openConsole } from './support/console-page.ts';
import { allSynced, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const run = perTest();
const HEADER = '\uFEFFtipo;nombre;serie;modelo;calibrado_el;certificado\r\n';
const GOOD_ROWS =
  'alcoholímetro;Alcoholímetro Importado;E2E-IMP-1;Dräger 6820;01/03/2026;INTI-E2E-1\r\nsonómetro;Sonómetro Importado;E2E-IMP-2;;;\r\n';

const upload = (page: Page, name: string, text: string) =>
  page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('an administrator imports instruments from a CSV: a bad row blocks it, the corrected file imports', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = run.tempDir('convivencia-import-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'administrator');

  await page.getByRole('tab', { name: 'Administración' }).click();
  await page.getByRole('tab', { name: 'Importar' }).click();
  const view = page.getByTestId('import-view');
  await expect(view.getByRole('heading', { name: 'Importar desde un archivo CSV' })).toBeVisible();
  await view.getByTestId('import-kind-instruments').check();
  await expect(view.getByTestId('import-template')).toHaveAttribute('download', 'plantilla-instrumentos.csv');

  // Too large: said before anything is sent.
  await upload(page, 'enorme.csv', HEADER + 'x'.repeat(200 * 1024));
  await expect(view).toContainText('El archivo pesa 201 KB y el máximo es 100 KB: divídalo en partes.');
  await expect(view.getByTestId('import-check')).toBeDisabled();

  // One bad row: the report says where and why; nothing can be imported.
  await upload(page, 'instrumentos.csv', `${HEADER}${GOOD_ROWS}alcoholímetro;Alcoholímetro Roto;E2E-IMP-3;;31/02/2026;INTI-E2E-3\r\n`);
  await view.getByTestId('import-check').click();
  await expect(view.getByTestId('import-summary')).toContainText('instrumentos.csv: 3 filas leídas, 2 correctas. 1 problema');
  const problem = view.getByTestId('import-problem');
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute('data-line', '4');
  await expect(problem).toContainText('calibrado_el');
  await expect(problem).toContainText('No es una fecha válida: escríbala dd/mm/aaaa.');
  await expect(view.getByTestId('import-apply')).toBeDisabled();
  expect(await seriousViolations(page, '[data-testid="import-view"]')).toEqual([]);

  // The corrected file: checked clean, then imported at once.
  await upload(
    page,
    'instrumentos-corregido.csv',
    `${HEADER}${GOOD_ROWS}alcoholímetro;Alcoholímetro Tres;E2E-IMP-3;;28/02/2026;INTI-E2E-3\r\n`,
  );
  await view.getByTestId('import-check').click();
  await expect(view.getByTestId('import-summary')).toContainText('3 filas leídas, 3 correctas. Ninguna fila tiene problemas.');
  await view.getByRole('button', { name: 'Importar 3 filas' }).click();
  await expect(view.getByTestId('import-done')).toContainText('3 filas importadas.');
  await expect(view.getByTestId('import-report')).toHaveCount(0);
  expect(await seriousViolations(page, '[data-testid="import-view"]')).toEqual([]);
  await allSynced(page);

  // Planificación → Equipamiento lists them.
  await page.getByRole('tab', { name: 'Planificación' }).click();
  await page.getByRole('tab', { name: 'Equipamiento' }).click();
  const instruments = page.getByTestId('instruments-view');
  for (const id of ['alco-e2e-imp-1', 'sono-e2e-imp-2', 'alco-e2e-imp-3']) {
    await expect(instruments.locator(`[data-testid="instrument-row"][data-instrument-id="${id}"]`)).toHaveCount(1);
  }
  await expect(instruments.locator('[data-testid="instrument-row"][data-instrument-id="alco-e2e-imp-1"]')).toContainText('INTI-E2E-1');
});
