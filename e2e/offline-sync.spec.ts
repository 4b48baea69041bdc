// Issue 4 end to end, in browser mode against a real hub process: with the hub stopped a coordinator edits
// operations and sees them pending; restarting nothing but the hub makes them sync. Two consoles editing the
// same operation produce a visible conflict, resolved from the inbox.
import { expect, test, type Page } from '@playwright/test';
import { callApi, openConsole } from './support/console-page.ts';
import { freePort, hubAccount, startHubProcess } from './support/hub-process.ts';
import type { NodeProcess } from './support/node-process.ts';
import {
  conflictBadge,
  expectRowSyncState,
  fillOperationForm,
  gridRowByAddress,
  openConflictInbox,
  operationDialog,
  pendingChanges,
  saveOperationForm,
} from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

const { tempDir, track } = perTest();

interface Hub {
  readonly dir: string;
  readonly port: number;
  process: NodeProcess;
}

async function startHub(): Promise<Hub> {
  const [dir, port] = [tempDir('convivencia-hub-'), await freePort()];
  const hub = { dir, port, process: await startHubProcess(dir, port, ['--demo-units', '2', '--demo-operations', '300']) };
  track({ stop: () => hub.process.stop() });
  return hub;
}

async function startCoordinatorConsole(hub: Hub): Promise<HostProcess> {
  const coordinator = hubAccount(hub.dir, 'coordinator');
  const args = ['--data-dir', tempDir('convivencia-console-'), '--hub', hub.process.ready, '--hub-user', coordinator.username];
  const host = await startHostProcess(args, { CONVIVENCIA_HUB_PASSWORD: coordinator.password });
  track(host);
  return host;
}

const live = (page: Page) => expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });

/** Creates an operation through the API (the form has its own spec) and returns its id. */
async function createOperation(page: Page, hostUrl: string, address: string): Promise<string> {
  const plan = {
    type: 'alcohol_test',
    barrio: 'Centro',
    address,
    plannedStart: Date.UTC(2026, 11, 5, 1),
    plannedEnd: Date.UTC(2026, 11, 5, 5),
    shift: 'night',
    team: 'Equipo 01',
  };
  const answer = (await callApi(page, hostUrl, 'operations.create', { plan })) as { ok: boolean; value: { operation: { id: string } } };
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  return answer.value.operation.id;
}

async function editTeam(page: Page, row: Awaited<ReturnType<typeof gridRowByAddress>>, team: string): Promise<void> {
  await row.locator('[col-id="address"]').dblclick();
  const dialog = operationDialog(page);
  await fillOperationForm(dialog, { team });
  await saveOperationForm(dialog);
  await expect(dialog).toHaveCount(0);
}

test('with the hub stopped, edits are pending; restarting only the hub syncs them', async ({ page }) => {
  const hub = await startHub();
  const host = await startCoordinatorConsole(hub);
  await openConsole(page, host.url);
  await live(page);
  await expect(page.getByTestId('row-count')).toContainText('300', { timeout: 30_000 }); // the hub's operations
  await createOperation(page, host.url, 'Av. Colón 1500');
  await createOperation(page, host.url, 'Av. Colón 1600');
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/, { timeout: 15_000 });

  await hub.process.stop();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  const first = await gridRowByAddress(page, 'Av. Colón 1500');
  await editTeam(page, first, 'Equipo sin red 1');
  await expectRowSyncState(first, 'pending');
  const second = await gridRowByAddress(page, 'Av. Colón 1600');
  await editTeam(page, second, 'Equipo sin red 2');
  await expect(pendingChanges(page)).toContainText('2 cambios sin sincronizar');

  hub.process = await startHubProcess(hub.dir, hub.port, ['--demo-units', '2']);
  await live(page);
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/, { timeout: 30_000 });
  await expectRowSyncState(second, 'synced');
  await expect(second.locator('[col-id="team"]')).toHaveText('Equipo sin red 2');
  // The hub has them: a second console following it sees both edits.
  const other = await startCoordinatorConsole(hub);
  const otherPage = await page.context().newPage();
  await openConsole(otherPage, other.url);
  await live(otherPage);
  await expect((await gridRowByAddress(otherPage, 'Av. Colón 1500')).locator('[col-id="team"]')).toHaveText('Equipo sin red 1');
});

test('two consoles editing the same operation: a visible conflict, resolved from the inbox', async ({ page }) => {
  const hub = await startHub();
  const [hostA, hostB] = [await startCoordinatorConsole(hub), await startCoordinatorConsole(hub)];
  const pageB = await page.context().newPage();
  await openConsole(page, hostA.url);
  await openConsole(pageB, hostB.url);
  await Promise.all([live(page), live(pageB)]);
  await createOperation(page, hostA.url, 'Bv. San Juan 800');
  const rowB = await gridRowByAddress(pageB, 'Bv. San Juan 800'); // B has it from the hub

  // B edits while it is not connected; A edits the same operation meanwhile and reaches the hub first.
  expect(((await callApi(pageB, hostB.url, 'session.signOut', {})) as { ok: boolean }).ok).toBe(true);
  await editTeam(pageB, rowB, 'Equipo de B');
  await expectRowSyncState(rowB, 'pending');
  const rowA = await gridRowByAddress(page, 'Bv. San Juan 800');
  await editTeam(page, rowA, 'Equipo de A');
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/, { timeout: 15_000 });

  // B connects again: the hub refuses B's edit (made on the old version): a conflict, not an overwrite.
  const coordinator = hubAccount(hub.dir, 'coordinator');
  const signIn = (await callApi(pageB, hostB.url, 'session.signIn', {
    username: coordinator.username,
    password: coordinator.password,
  })) as { ok: boolean };
  expect(signIn.ok, JSON.stringify(signIn)).toBe(true);
  await expect(conflictBadge(pageB)).toHaveText(/1 conflicto/, { timeout: 30_000 });
  await expectRowSyncState(rowB, 'conflict');
  await expect(rowB.locator('[col-id="team"]')).toHaveText('Equipo de A');
  const inbox = await openConflictInbox(pageB);
  const card = inbox.getByTestId('conflict-card');
  await expect(card.locator('tr[data-field="team"] td')).toHaveText(['Equipo de B', 'Equipo de A']);

  // Keeping B's version sends it again on top of A's: now everyone sees it.
  await card.getByRole('button', { name: 'Conservar la mía' }).click();
  await expect(inbox.getByTestId('conflicts-empty')).toBeVisible();
  await expect(rowA.locator('[col-id="team"]')).toHaveText('Equipo de B', { timeout: 30_000 });
});
