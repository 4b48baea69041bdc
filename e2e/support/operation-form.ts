// Page helpers for the operation form, the grid's sync column, the header's pending count and the conflict
// inbox — shared by the operation-edit specs (and the offline/conflict ones that build on them).
import { expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { callApi } from './console-page.ts';

export interface DemoAccount {
  readonly username: string;
  readonly password: string;
  readonly role: string;
}

/** The embedded demo hub's accounts (written by the hub into `<dataDir>/hub`). */
export async function demoAccounts(dataDir: string): Promise<DemoAccount[]> {
  const file = path.join(dataDir, 'hub', 'demo-credentials.json');
  await expect.poll(() => fs.existsSync(file), { timeout: 30_000 }).toBe(true);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { users: DemoAccount[] }).users;
}

/** Follows the embedded hub as its demo account with that role (e.g. 'coordinator'); waits until it is live. */
export async function useDemoAccount(page: Page, hostUrl: string, dataDir: string, role: string): Promise<void> {
  const account = (await demoAccounts(dataDir)).find((user) => user.role === role);
  if (!account) throw new Error(`no demo account with role ${role}`);
  const answer = (await callApi(page, hostUrl, 'session.useEmbedded', { username: account.username })) as { ok: boolean };
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  // A role's first sync pages every record it reads: the demo's years of findings, notices and cases (issue 14).
  // Asked of the core itself: the page's indicator may still show the previous account's 'live' for a moment, and a
  // test that went on then would write during the new role's first sync.
  const syncState = async () => ((await callApi(page, hostUrl, 'sync.status', {})) as { value?: { state: string } }).value?.state;
  await expect.poll(syncState, { timeout: 120_000 }).toBe('live');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live');
}

/** Stops syncing (local writes stay pending in the outbox). */
export async function signOut(page: Page, hostUrl: string): Promise<void> {
  const answer = (await callApi(page, hostUrl, 'session.signOut', {})) as { ok: boolean };
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
}

export const operationDialog = (page: Page): Locator => page.getByTestId('operation-dialog');

export async function openNewOperationForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Nuevo operativo' }).click();
  const dialog = operationDialog(page);
  await expect(dialog.getByRole('heading', { name: 'Nuevo operativo' })).toBeVisible();
  return dialog;
}

export interface OperationFields {
  readonly type?: string; // visible label, e.g. 'Control de ruidos'
  readonly barrio?: string;
  readonly address?: string;
  /** "YYYY-MM-DDTHH:mm", Córdoba time. */
  readonly plannedStart?: string;
  readonly plannedEnd?: string;
  readonly shift?: string; // visible label, e.g. 'Noche'
  readonly team?: string;
  readonly resultSummary?: string;
}

const LABELS: Record<keyof OperationFields, string> = {
  type: 'Tipo',
  barrio: 'Barrio',
  address: 'Dirección',
  plannedStart: 'Inicio planificado',
  plannedEnd: 'Fin planificado',
  shift: 'Turno',
  team: 'Equipo',
  resultSummary: 'Resultado',
};

export const formField = (dialog: Locator, field: keyof OperationFields): Locator => dialog.getByLabel(LABELS[field], { exact: true });

export async function fillOperationForm(dialog: Locator, fields: OperationFields): Promise<void> {
  for (const [field, value] of Object.entries(fields) as [keyof OperationFields, string][]) {
    const control = formField(dialog, field);
    if (field === 'type' || field === 'barrio' || field === 'shift') await control.selectOption({ label: value });
    else await control.fill(value);
  }
}

/** The message shown next to a field (its aria-describedby), or '' when there is none. */
export async function fieldMessage(dialog: Locator, field: keyof OperationFields): Promise<string> {
  const control = formField(dialog, field);
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  if (ids.length === 0) return '';
  return (await dialog.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

export async function saveOperationForm(dialog: Locator): Promise<void> {
  await dialog.getByTestId('operation-save').click();
}

/** Narrows the grid to rows whose address contains `text` and returns the first row. */
export async function gridRowByAddress(page: Page, text: string): Promise<Locator> {
  await page.getByLabel('Buscar dirección').fill(text);
  const row = page.locator('.operations-grid [role="row"][row-index="0"]').filter({ hasText: text });
  await expect(row.first()).toBeVisible();
  return row.first();
}

/** The row's sync column: data-sync-state is 'pending' or 'conflict'; the cell is empty when synced. */
export const syncCell = (row: Locator): Locator => row.locator('[role="gridcell"][col-id="syncState"]');

export async function expectRowSyncState(row: Locator, state: 'synced' | 'pending' | 'conflict', timeout = 15_000): Promise<void> {
  const cell = syncCell(row);
  if (state === 'synced') await expect(cell.locator('[data-sync-state]')).toHaveCount(0, { timeout });
  else await expect(cell.locator(`[data-sync-state="${state}"]`)).toBeVisible({ timeout });
}

export const pendingChanges = (page: Page): Locator => page.getByTestId('pending-changes');
/** Waits until every change is on the hub: before another account takes over the console, or the hub is read. */
export const allSynced = (page: Page): Promise<void> =>
  expect(pendingChanges(page)).toHaveAttribute('data-pending', '0', { timeout: 30_000 });
export const conflictBadge = (page: Page): Locator => page.getByTestId('conflict-badge');

export async function openConflictInbox(page: Page): Promise<Locator> {
  await conflictBadge(page).click();
  const inbox = page.getByTestId('conflict-inbox');
  await expect(inbox.getByRole('heading', { name: 'Conflictos con el hub' })).toBeVisible();
  return inbox;
}
