// The offline-first write path from the coordinator's side, in browser mode against the embedded demo hub:
// the operation form checks before sending (nothing is saved while a field is wrong), a created operation shows
// in the grid, an edit is pending while the console is not signed in to the hub and synced once it is again, and
// a change the hub refuses lands in the conflict inbox (given up, or edited from there). Accessibility of the
// dialog and the inbox is checked with axe. A refusal is made deterministic by writing while signed out (the
// console accepts it) and sending it as the demo dispatcher, whose role may not change operations.
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, openConsole } from './support/console-page.ts';
import {
  conflictBadge,
  expectRowSyncState,
  fieldMessage,
  fillOperationForm,
  formField,
  gridRowByAddress,
  openConflictInbox,
  openNewOperationForm,
  operationDialog,
  pendingChanges,
  saveOperationForm,
  signOut,
  useDemoAccount,
} from './support/operation-form.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

let host: HostProcess;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-edits-'));
  host = await startHostProcess(['--data-dir', dataDir]);
});

test.afterEach(async () => {
  await host?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const ADDRESS = 'Pasaje Prueba E2E 1234';

test('create with a bad end time shows the field message and saves nothing; fixed, it is saved; an edit is pending, then synced', async ({
  page,
}) => {
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');

  // A bad end time: the message is next to the field, and nothing reaches the cache.
  const dialog = await openNewOperationForm(page);
  expect(await seriousViolations(page, '[data-testid="operation-dialog"]')).toEqual([]);
  await fillOperationForm(dialog, {
    type: 'Control de ruidos',
    barrio: 'General Paz',
    address: ADDRESS,
    plannedStart: '2026-11-27T22:00',
    plannedEnd: '2026-11-27T21:00',
    shift: 'Noche',
    team: 'Equipo E2E',
  });
  await saveOperationForm(dialog);
  await expect(formField(dialog, 'plannedEnd')).toHaveAttribute('aria-invalid', 'true');
  expect(await fieldMessage(dialog, 'plannedEnd')).toBe('El fin debe ser posterior al inicio.');
  await expect(dialog.getByTestId('operation-form-problems')).toHaveText('Revise 1 campo marcado.');
  await expect(formField(dialog, 'plannedEnd')).toBeFocused();
  expect(await seriousViolations(page, '[data-testid="operation-dialog"]')).toEqual([]);
  const found = (await callApi(page, host.url, 'operations.page', {
    offset: 0,
    limit: 10,
    filter: { text: ADDRESS },
    withTotal: true,
  })) as { value: { total: number } };
  expect(found.value.total).toBe(0);
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/);

  // Fixed: saved, the dialog closes and the row is in the grid (Córdoba times as typed).
  await fillOperationForm(dialog, { plannedEnd: '2026-11-28T01:30' });
  expect(await fieldMessage(dialog, 'plannedEnd')).toBe('');
  await saveOperationForm(dialog);
  await expect(operationDialog(page)).toHaveCount(0);
  await expect(page.getByTestId('operation-saved')).toContainText('Operativo creado');
  const row = await gridRowByAddress(page, ADDRESS);
  await expect(row.locator('[col-id="plannedStart"]')).toHaveText('27/11/2026, 22:00');
  await expect(row.locator('[col-id="plannedEnd"]')).toHaveText('28/11/2026, 01:30');
  await expect(row.locator('[col-id="status"]')).toHaveText('Borrador');
  await expectRowSyncState(row, 'synced');
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/);

  // Edited while the console is not signed in to the hub: pending, in the row and in the header.
  await signOut(page, host.url);
  await row.locator('[col-id="address"]').dblclick();
  const edit = operationDialog(page);
  await expect(edit.getByRole('heading', { name: 'Editar operativo' })).toBeVisible();
  await expect(formField(edit, 'plannedEnd')).toHaveValue('2026-11-28T01:30');
  await fillOperationForm(edit, { team: 'Equipo E2E bis' });
  await saveOperationForm(edit);
  await expect(operationDialog(page)).toHaveCount(0);
  await expect(row.locator('[col-id="team"]')).toHaveText('Equipo E2E bis');
  await expectRowSyncState(row, 'pending');
  await expect(pendingChanges(page)).toContainText('1 cambio sin sincronizar');

  // Signed in again: the change reaches the hub and the row is synced.
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  await expectRowSyncState(row, 'synced', 30_000);
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/);

  // Status actions are the lifecycle's next steps; cancelling asks for a reason. Enter on a row opens it.
  await row.locator('[col-id="address"]').click();
  await page.keyboard.press('Enter');
  await expect(edit.getByTestId('operation-status')).toHaveText('Estado: Borrador');
  await expect(edit.getByRole('group', { name: 'Cambiar estado' }).getByRole('button')).toHaveText(['Planificar', 'Cancelar operativo']);
  await edit.getByRole('button', { name: 'Planificar' }).click();
  await expect(edit.getByTestId('operation-status')).toHaveText('Estado: Planificado');
  await expect(edit.getByRole('group', { name: 'Cambiar estado' }).getByRole('button')).toHaveText([
    'Volver a borrador',
    'Reservar',
    'Cancelar operativo',
  ]);
  await edit.getByRole('button', { name: 'Cancelar operativo' }).click();
  await edit.getByRole('button', { name: 'Cancelar el operativo' }).click();
  await expect(edit.getByTestId('problem-reason')).toHaveText('Complete este campo.');
  await edit.getByLabel('Motivo de la cancelación').fill('Lluvia intensa');
  await edit.getByRole('button', { name: 'Cancelar el operativo' }).click();
  await expect(operationDialog(page)).toHaveCount(0);
  await expect(row.locator('[col-id="status"]')).toHaveText('Cancelado');
  await expectRowSyncState(row, 'synced', 30_000);
});

/** An operation whose last edit (team → 'Equipo cambiado') the hub refused: made signed out, sent as the dispatcher. */
async function refusedEdit(page: Page) {
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  const dialog = await openNewOperationForm(page);
  await fillOperationForm(dialog, {
    type: 'Venta ambulante',
    barrio: 'Centro',
    address: ADDRESS,
    plannedStart: '2026-11-27T10:00',
    plannedEnd: '2026-11-27T12:00',
    shift: 'Mañana',
    team: 'Equipo E2E',
  });
  await saveOperationForm(dialog);
  const row = await gridRowByAddress(page, ADDRESS);
  await expectRowSyncState(row, 'synced');

  // Written while signed out (the console accepts it), then sent as the dispatcher, whose role may not: refused.
  await signOut(page, host.url);
  await row.locator('[col-id="address"]').dblclick();
  const edit = operationDialog(page);
  await fillOperationForm(edit, { team: 'Equipo cambiado' });
  await saveOperationForm(edit);
  await expectRowSyncState(row, 'pending');
  await useDemoAccount(page, host.url, dataDir, 'dispatcher');
  await expect(conflictBadge(page)).toHaveText(/1 conflicto/, { timeout: 30_000 });
  await expectRowSyncState(row, 'conflict');
  await expect(row.locator('[col-id="team"]')).toHaveText('Equipo E2E'); // the hub's version is shown meanwhile
  return row;
}

test('a change the hub refuses is shown in the conflict inbox, side by side, and can be given up', async ({ page }) => {
  const row = await refusedEdit(page);
  await expect(page.getByRole('button', { name: 'Nuevo operativo' })).toHaveCount(0); // a dispatcher does not plan

  const inbox = await openConflictInbox(page);
  const card = inbox.getByTestId('conflict-card');
  await expect(card.getByRole('heading')).toHaveText(`Venta ambulante · ${ADDRESS}`);
  await expect(card.getByTestId('conflict-reason')).toHaveText('Motivo: Su rol no puede hacer este cambio.');
  await expect(card.locator('tr[data-field="team"] td')).toHaveText(['Equipo cambiado', 'Equipo E2E']);
  expect(await seriousViolations(page, '[data-testid="conflict-inbox"]')).toEqual([]);
  await expect(card.getByRole('button', { name: 'Editar' })).toHaveCount(0); // not for a dispatcher

  await card.getByRole('button', { name: 'Usar la del hub' }).click();
  await expect(inbox.getByTestId('conflicts-empty')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('conflict-inbox')).toHaveCount(0);
  await expect(conflictBadge(page)).toHaveCount(0);
  await expect(row.locator('[col-id="team"]')).toHaveText('Equipo E2E');
  await expectRowSyncState(row, 'synced');
});

test('"Editar" in the conflict inbox opens my version over the hub’s record; saving resolves it and sends the edit', async ({ page }) => {
  const row = await refusedEdit(page);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  const inbox = await openConflictInbox(page);
  await inbox.getByTestId('conflict-card').getByRole('button', { name: 'Editar' }).click();
  const edit = operationDialog(page);
  await expect(edit.getByRole('heading', { name: 'Editar operativo en conflicto' })).toBeVisible();
  await expect(formField(edit, 'team')).toHaveValue('Equipo cambiado');
  await fillOperationForm(edit, { address: `${ADDRESS} bis` });
  await saveOperationForm(edit);
  await expect(operationDialog(page)).toHaveCount(0);
  await expect(conflictBadge(page)).toHaveCount(0);
  await expect(row.locator('[col-id="team"]')).toHaveText('Equipo cambiado');
  await expect(row.locator('[col-id="address"]')).toHaveText(`${ADDRESS} bis`);
  await expectRowSyncState(row, 'synced', 30_000);
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/);
});
