// Dated settings ("Normativa y parámetros", issue 5 part 6) in browser mode: every role reads the values in force
// and their history; only the administrator gets "Nuevo valor". An entry effective tomorrow, added while the
// hub is stopped, shows in the history as pending and as synced once the hub is back; a backdated date and a
// 40 g/L alcohol limit are refused next to the field before anything is sent. The court tables are edited as
// tables (a barrio's CPC confirmed) and read as such (the holidays as dates). Accessibility checked with axe.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { callApi, openConsole } from './support/console-page.ts';
import { freePort, hubAccount, startHubProcess } from './support/hub-process.ts';
import type { NodeProcess } from './support/node-process.ts';
import { useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const { tempDir, track } = perTest();

/** A Córdoba calendar day `days` from now, 'YYYY-MM-DD'. */
const cordobaDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Argentina/Cordoba' }).format(Date.now() + days * 86_400_000);
const esDate = (iso: string) => iso.split('-').reverse().join('/');

const live = (page: Page) => expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });

async function openNorms(page: Page): Promise<Locator> {
  await page.getByTestId('open-norms').click();
  const dialog = page.getByTestId('norms-dialog');
  await expect(dialog.getByRole('heading', { name: 'Normativa y parámetros' })).toBeVisible();
  await expect(dialog.getByTestId('norm-roster.limits')).toBeVisible({ timeout: 30_000 });
  return dialog;
}

/**
 * A hub with demo data (operations, so that the console's grid has rows) and the console following it as the hub's
 * demo administrator (live). The hub can be stopped (the console goes offline: writes wait in the outbox) and
 * started again on the same address.
 */
async function adminConsole(page: Page) {
  const hubDir = tempDir('convivencia-hub-');
  const port = await freePort();
  const hub: { process: NodeProcess } = { process: await startHubProcess(hubDir, port, ['--demo-units', '2', '--demo-operations', '50']) };
  track({ stop: () => hub.process.stop() });
  const admin = hubAccount(hubDir, 'administrator');
  const host = track(
    await startHostProcess(['--data-dir', tempDir('convivencia-console-'), '--hub', hub.process.ready, '--hub-user', admin.username], {
      CONVIVENCIA_HUB_PASSWORD: admin.password,
    }),
  );
  await openConsole(page, host.url);
  await live(page);
  await expect(page.getByTestId('session-user')).toHaveAttribute('data-role', 'administrator');
  return {
    host,
    async stopHub() {
      await hub.process.stop();
      await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
    },
    async restartHub() {
      hub.process = await startHubProcess(hubDir, port, ['--demo-units', '2']);
      await live(page);
    },
  };
}

/** An entry's line in a setting's history (not the lines of a table inside its value). */
const historyLine = (card: Locator, effectiveFrom: string) =>
  card.locator(`[data-testid="norm-history"] > tbody > tr[data-effective-from="${effectiveFrom}"]`);

/** The message next to an input (its aria-describedby ending in '-error'). */
async function messageOf(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  if (ids.length === 0) return '';
  return (await control.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

test('the demo coordinator reads the values in force and their history, and cannot add any', async ({ page }) => {
  const dataDir = tempDir('convivencia-norms-');
  const host = track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');

  const dialog = await openNorms(page);
  await expect(dialog.getByTestId('norms-read-only')).toBeVisible();
  await expect(dialog.getByTestId('norm-new-value')).toHaveCount(0);
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([
    'Ruidos',
    'Eventos y espectáculos',
    'Alcoholemia',
    'Venta ambulante',
    'Baldíos y veredas',
    'Monitoreo urbano',
    'Tribunal de Faltas y UEM',
    'Turnos',
    'Despacho',
    'Emplazamientos e indicadores',
  ]);

  const alcohol = dialog.getByTestId('norm-alcohol.limitsGL');
  await expect(alcohol.getByRole('heading', { name: 'Límite de alcohol en sangre (g/L) por jurisdicción' })).toBeVisible();
  await expect(alcohol.getByTestId('norm-current')).toContainText(/Calles de la ciudad \(g\/L\)\s*0,4/);
  const uem = dialog.getByTestId('norm-court.uemValueArs');
  await expect(uem.getByTestId('norm-current')).toContainText('10.808');
  await expect(uem).toContainText('Unidad: pesos');

  // camera.warningsOnly has three entries: the pilot 2021–22 between two "no".
  const camera = dialog.getByTestId('norm-camera.warningsOnly');
  await camera.getByText('Historial (3)').click();
  const rows = camera.getByTestId('norm-history').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.locator('td:first-child')).toHaveText(['01/01/2023', '01/01/2021', '01/04/2016']);
  await expect(rows.nth(0)).toHaveAttribute('data-state', 'in_force');
  await expect(rows.nth(1)).toContainText('Reemplazado');
  await expect(rows.nth(1)).toContainText('warnings-only pilot');

  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);
});

test('the administrator adds a roster limit effective tomorrow (pending, then synced); a backdated date and a 40 g/L limit are refused', async ({
  page,
}) => {
  const { host, stopHub, restartHub } = await adminConsole(page);

  const dialog = await openNorms(page);
  await expect(dialog.getByTestId('norms-read-only')).toHaveCount(0);
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);

  // Roster limits: the form starts from the value in force.
  const roster = dialog.getByTestId('norm-roster.limits');
  await roster.getByTestId('norm-new-value').click();
  const form = roster.getByTestId('norm-form');
  const rest = form.getByLabel('Descanso mínimo entre dos turnos (horas)');
  await expect(rest).toHaveValue('12');
  await expect(form.getByLabel('Máximo de horas por semana')).toHaveValue('48');
  const date = form.getByLabel('Rige desde');
  await expect(date).toHaveValue(cordobaDay(0));
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);

  // Backdated: refused next to the date, nothing sent.
  await rest.fill('10');
  await date.fill(cordobaDay(-1));
  await form.getByTestId('norm-save').click();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  expect(await messageOf(date)).toBe(`No puede regir antes de hoy (${esDate(cordobaDay(0))}): cambiaría lo ya resuelto.`);
  await expect(form.getByTestId('norm-form-problems')).toHaveText('Revise 1 campo marcado.');
  await expect(date).toBeFocused();
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);
  const listed = async () =>
    ((await callApi(page, host.url, 'settings.list', {})) as { value: { entries: { entry: { key: string } }[] } }).value.entries.filter(
      (r) => r.entry.key === 'roster.limits',
    ).length;
  expect(await listed()).toBe(1);

  // Tomorrow, with the hub stopped: added, pending in the history.
  await stopHub();
  await date.fill(cordobaDay(1));
  await form.getByLabel('Nota (fuente, norma, motivo)').fill('Acuerdo paritario E2E');
  await form.getByTestId('norm-save').click();
  await expect(dialog.getByTestId('norms-added')).toContainText(`rige desde el ${esDate(cordobaDay(1))}`);
  await expect(roster.getByTestId('norm-form')).toHaveCount(0);
  const row = historyLine(roster, cordobaDay(1));
  await expect(row).toHaveAttribute('data-sync', 'pending');
  await expect(row).toContainText('Pendiente de envío al hub');
  await expect(row).toContainText('Programado');
  await expect(row).toContainText('Acuerdo paritario E2E');
  await expect(row).toContainText(/Descanso mínimo entre dos turnos \(horas\)\s*10/);
  // Still in force today: the old value.
  await expect(roster.getByTestId('norm-current')).toContainText(/Descanso mínimo entre dos turnos \(horas\)\s*12/);
  await expect(roster.getByTestId('norm-history').locator('tbody tr').first()).toHaveAttribute('data-effective-from', cordobaDay(1));
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);

  // The hub back: synced.
  await restartHub();
  await expect(row).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });
  await expect(row).toContainText('Sincronizado');
  expect(await listed()).toBe(2);

  // A 40 g/L alcohol limit: refused next to the field, with the allowed range; nothing sent.
  const alcohol = dialog.getByTestId('norm-alcohol.limitsGL');
  await alcohol.getByTestId('norm-new-value').click();
  const alcoholForm = alcohol.getByTestId('norm-form');
  const city = alcoholForm.getByLabel('Calles de la ciudad (g/L)');
  await expect(city).toHaveValue('0,4');
  await city.fill('40');
  await alcoholForm.getByTestId('norm-save').click();
  await expect(city).toHaveAttribute('aria-invalid', 'true');
  expect(await messageOf(city)).toBe('Debe estar entre 0 y 5.');
  await expect(city).toBeFocused();
  // A Spanish user's "0.5" is not guessed at.
  await city.fill('0.5');
  await alcoholForm.getByTestId('norm-save').click();
  expect(await messageOf(city)).toMatch(/^Escriba un número con coma decimal/);
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);
  const alcoholEntries = (
    (await callApi(page, host.url, 'settings.list', {})) as { value: { entries: { entry: { key: string } }[] } }
  ).value.entries.filter((r) => r.entry.key === 'alcohol.limitsGL');
  expect(alcoholEntries).toHaveLength(1);
});

test('the administrator confirms a barrio’s CPC from tomorrow in the barrios table (pending, then synced); the holidays read as dates', async ({
  page,
}) => {
  const { stopHub, restartHub } = await adminConsole(page);
  const dialog = await openNorms(page);

  // The holidays in force: dates as Spanish writes them, not ISO.
  const holidays = dialog.getByTestId('norm-calendar.holidays');
  await expect(holidays.getByTestId('norm-current')).toContainText('25/12/2026');
  await expect(holidays.getByTestId('norm-current')).not.toContainText('2026-12-25');

  // The barrios' CPC in force: a table (barrio, CPC, to be confirmed).
  const barrios = dialog.getByTestId('norm-court.barrioCpc');
  await expect(barrios.getByRole('heading', { name: 'CPC de cada barrio (define el juzgado competente)' })).toBeVisible();
  const villaCabrera = (scope: Locator) => scope.locator('tbody tr').filter({ hasText: 'Villa Cabrera' }).locator('td');
  await expect(barrios.getByTestId('norm-current').getByRole('columnheader')).toHaveText(['Barrio', 'CPC', 'Dato a confirmar']);
  await expect(villaCabrera(barrios.getByTestId('norm-current'))).toHaveText(['Villa Cabrera', 'Argüello', 'Sí']);

  // The form: a row per barrio, starting from the value in force.
  await barrios.getByTestId('norm-new-value').click();
  const form = barrios.getByTestId('norm-form');
  await expect(form.getByRole('group', { name: /^Barrio \d+$/ })).toHaveCount(34);
  const row = form.getByRole('group', { name: 'Barrio 5', exact: true });
  await expect(row.getByLabel('Barrio', { exact: true })).toHaveValue('Villa Cabrera');
  await expect(row.getByLabel('CPC', { exact: true })).toHaveValue('Argüello');
  const uncertain = row.getByLabel('Dato a confirmar');
  await expect(uncertain).toBeChecked();
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);

  // Confirmed, from tomorrow, with the hub stopped: added, pending in the history.
  await stopHub();
  await uncertain.uncheck();
  await form.getByLabel('Rige desde').fill(cordobaDay(1));
  await form.getByLabel('Nota (fuente, norma, motivo)').fill('CPC confirmado por Asuntos Legales E2E');
  await form.getByTestId('norm-save').click();
  await expect(dialog.getByTestId('norms-added')).toContainText(`rige desde el ${esDate(cordobaDay(1))}`);
  await expect(barrios.getByTestId('norm-form')).toHaveCount(0);
  const line = historyLine(barrios, cordobaDay(1));
  await expect(line).toHaveAttribute('data-sync', 'pending');
  await expect(line).toContainText('Pendiente de envío al hub');
  await expect(line).toContainText('Programado');
  await expect(villaCabrera(line)).toHaveText(['Villa Cabrera', 'Argüello', 'No']);
  // Still in force today: to be confirmed.
  await expect(villaCabrera(barrios.getByTestId('norm-current'))).toHaveText(['Villa Cabrera', 'Argüello', 'Sí']);
  expect(await seriousViolations(page, '[data-testid="norms-dialog"]')).toEqual([]);

  // The hub back: synced.
  await restartHub();
  await expect(line).toHaveAttribute('data-sync', 'synced', { timeout: 30_000 });
  await expect(line).toContainText('Sincronizado');
});
