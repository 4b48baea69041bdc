// Issue 15, first part: Planificación → Equipamiento as the demo coordinator, in browser mode against the embedded
// demo hub. The demo's lapsed breathalyser (alco-06) is listed among the instruments due, «Vencido»; assigned to a
// checkpoint next week it brings the roster's «fuera de calibración». In «Registrar calibración» a date after today
// is refused in the form; today's date with its certificate makes the instrument valid, the hub takes the change,
// and the roster's conflict is gone. axe on the view and on the dialog. An administrator adds a breathalyser with its
// last verification; the same serial again is refused; the roster offers the new one.
import { expect, test, type Page } from '@playwright/test';
import { cordobaIsoDate } from '../src/shared/time/cordoba.ts';
import { seriousViolations } from './support/axe.ts';
import { callApi, openConsole } from './support/console-page.ts';
import { allSynced, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';
import { addDays, atHour, nextMonday } from './support/weeks.ts';

const run = perTest();
const LAPSED = 'alco-06';
const HOUR = 3_600_000;

interface Week {
  readonly value: { conflicts: { kind: string; operationId?: string }[] };
}

/** The operation's roster conflicts of one kind, as the core answers roster.week. */
async function conflicts(page: Page, url: string, monday: string, operationId: string, kind: string): Promise<number> {
  const week = (await callApi(page, url, 'roster.week', { date: monday })) as Week;
  return week.value.conflicts.filter((c) => c.operationId === operationId && c.kind === kind).length;
}

test('a coordinator records a calibration: the instrument is valid and the roster’s «fuera de calibración» is gone', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = run.tempDir('convivencia-instruments-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');

  // A checkpoint next Thursday night with the lapsed breathalyser.
  const monday = nextMonday();
  const start = atHour(addDays(monday, 3), 22);
  const created = (await callApi(page, host.url, 'operations.create', {
    plan: {
      type: 'alcohol_test',
      barrio: 'Nueva Córdoba',
      address: 'Control Equipamiento E2E',
      team: 'Equipo Turnos',
      plannedStart: start,
      plannedEnd: start + 4 * HOUR,
      shift: 'night',
    },
  })) as { ok: boolean; value: { operation: { id: string } } };
  expect(created.ok, JSON.stringify(created)).toBe(true);
  const id = created.value.operation.id;
  const assigned = (await callApi(page, host.url, 'operations.assign', {
    id,
    assigned: { people: ['prom-001'], resources: [LAPSED] },
  })) as {
    ok: boolean;
  };
  expect(assigned.ok, JSON.stringify(assigned)).toBe(true);
  expect(await conflicts(page, host.url, monday, id, 'equipment_out_of_calibration')).toBe(1);

  // Equipamiento: the lapsed breathalyser among those due.
  await page.getByRole('tab', { name: 'Equipamiento' }).click();
  const view = page.getByTestId('instruments-view');
  await expect(view.getByRole('heading', { name: 'Alcoholímetros y sonómetros' })).toBeVisible();
  await expect(view.getByTestId('instruments-due')).toContainText(/\d+ instrumentos? para calibrar en los próximos 30 días/);
  const row = view.locator(`[data-testid="instrument-row"][data-instrument-id="${LAPSED}"]`);
  await expect(row).toHaveAttribute('data-state', 'lapsed');
  await expect(row).toContainText('Vencido');
  expect(await seriousViolations(page, '[data-testid="instruments-view"]')).toEqual([]);

  // The dialog: a date after today is refused before anything is sent; today with its certificate is recorded.
  await row.getByRole('button', { name: 'Registrar calibración de Alcoholímetro 6' }).click();
  const dialog = page.getByTestId('calibrate-dialog');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="calibrate-dialog"]')).toEqual([]);
  const today = cordobaIsoDate(Date.now());
  await dialog.getByTestId('calibrate-date').fill(addDays(today, 1));
  await dialog.getByTestId('calibrate-certificate').fill('INTI-E2E-0001');
  await dialog.getByTestId('calibrate-dialog-submit').click();
  await expect(dialog).toContainText('La fecha no puede ser posterior a hoy.');
  await dialog.getByTestId('calibrate-date').fill(today);
  await dialog.getByTestId('calibrate-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(view.getByTestId('instruments-done')).toContainText('Calibración de Alcoholímetro 6 registrada.');
  await expect(row).toHaveAttribute('data-state', 'valid');
  await expect(row).toContainText('INTI-E2E-0001');
  await allSynced(page);

  // The roster reads the new date: no «fuera de calibración» for the checkpoint, in the core and on screen.
  expect(await conflicts(page, host.url, monday, id, 'equipment_out_of_calibration')).toBe(0);
  await page.getByRole('tab', { name: 'Turnos' }).click();
  await page.getByRole('button', { name: 'Semana siguiente' }).click();
  await expect(page.getByTestId('roster-card').filter({ hasText: 'Control Equipamiento E2E' })).toBeVisible();
  await expect(page.getByTestId('roster-conflicts')).toBeVisible();
  await expect(
    page.locator(`[data-testid="roster-conflict"][data-operations~="${id}"][data-kind="equipment_out_of_calibration"]`),
  ).toHaveCount(0);
});

test('an administrator adds a breathalyser with its verification; the same serial again is refused; the roster offers it', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const dataDir = run.tempDir('convivencia-instruments-admin-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'administrator');

  await page.getByRole('tab', { name: 'Equipamiento' }).click();
  const view = page.getByTestId('instruments-view');
  const add = async () => {
    await view.getByTestId('instruments-add').click();
    const dialog = page.getByTestId('add-instrument-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('add-instrument-label').fill('Alcoholímetro E2E');
    await dialog.getByTestId('add-instrument-serial').fill('DS-E2E/0001');
    await dialog.getByTestId('add-instrument-model').fill('Dräger 6820');
    await dialog.getByTestId('add-instrument-calibratedOn').fill(addDays(cordobaIsoDate(Date.now()), -10));
    await dialog.getByTestId('add-instrument-certificate').fill('INTI-E2E-0002');
    return dialog;
  };
  const dialog = await add();
  expect(await seriousViolations(page, '[data-testid="add-instrument-dialog"]')).toEqual([]);
  await dialog.getByTestId('add-instrument-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(view.getByTestId('instruments-done')).toContainText('Alcoholímetro E2E agregado.');
  const row = view.locator('[data-testid="instrument-row"][data-instrument-id="alco-ds-e2e-0001"]');
  await expect(row).toHaveAttribute('data-state', 'valid');
  await expect(row).toContainText('DS-E2E/0001 · Dräger 6820');
  await allSynced(page);

  const again = await add();
  await again.getByTestId('add-instrument-dialog-submit').click();
  await expect(again.getByTestId('add-instrument-dialog-refused')).toContainText(
    'Ya hay un instrumento de ese tipo con ese número de serie.',
  );
  await again.getByRole('button', { name: 'Cancelar' }).click();
  await expect(view.locator('[data-testid="instrument-row"][data-instrument-id="alco-ds-e2e-0001"]')).toHaveCount(1);

  await page.getByRole('tab', { name: 'Turnos' }).click();
  await expect(page.locator('[data-testid="roster-resource"][data-id="alco-ds-e2e-0001"]')).toContainText('Alcoholímetro E2E');
});
