// Despacho in browser mode against a real hub process and a real simulator: units appear and move; with the
// hub stopped the indicator says offline and the board keeps its data; with the hub back it is live again.
// A dispatcher assigns a task to the selected unit and frees it (the field is checked before anything is sent);
// a coordinator reads the assignment only.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seriousViolations } from './support/axe.ts';
import { freePort, hubAccount } from './support/hub-process.ts';
import { callApi } from './support/console-page.ts';
import { pendingChanges } from './support/operation-form.ts';
import { startNodeProcess, type NodeProcess } from './support/node-process.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

const UNITS = 12;
let hubDir: string;
let hubPort: number;
const running: { stop(): Promise<void> }[] = [];

const startHub = () =>
  startNodeProcess(
    'src/hub/cli.ts',
    ['--port', String(hubPort), '--data-dir', hubDir, '--demo-units', String(UNITS)],
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );

test.beforeEach(async () => {
  hubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-hub-'));
  hubPort = await freePort();
});
test.afterEach(async () => {
  for (const process of running.splice(0).reverse()) await process.stop();
  fs.rmSync(hubDir, { recursive: true, force: true });
});

async function startConsole(hub: NodeProcess): Promise<HostProcess> {
  const dispatcher = hubAccount(hubDir, 'dispatcher');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-console-'));
  const host = await startHostProcess(['--data-dir', dataDir, '--no-demo', '--hub', hub.ready, '--hub-user', dispatcher.username], {
    CONVIVENCIA_HUB_PASSWORD: dispatcher.password,
  });
  running.push(host, { stop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) });
  return host;
}

test('units appear and move; offline keeps the board; the hub coming back makes it live again', async ({ page }) => {
  let hub = await startHub();
  running.push(hub);
  const simulator = await startNodeProcess(
    'src/hub/simulator/cli.ts',
    ['--units', String(UNITS), '--hz', '2', '--data-dir', hubDir, '--hub', hub.ready],
    /(conectadas|connected)/,
  );
  running.push(simulator);
  const host = await startConsole(hub);

  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  const board = page.getByRole('grid', { name: 'Unidades' });
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(page.getByTestId('unit-summary')).toContainText(`${UNITS} unidades`);
  await expect(board.locator('[role="row"][row-id]')).toHaveCount(UNITS);

  // moving: fresh positions keep arriving, and the positions behind the board change
  await expect(board.locator('[col-id="positionAge"].unit-age--fresh')).toHaveCount(UNITS, { timeout: 15_000 });
  const positions = async () => {
    const result = (await callApi(page, host.url, 'units.list', {})) as { value: { units: { position: { lat: number; lng: number } }[] } };
    return result.value.units.map((u) => `${u.position.lat},${u.position.lng}`).join('|');
  };
  const before = await positions();
  await expect.poll(positions, { timeout: 15_000 }).not.toBe(before);
  await page.waitForTimeout(3_000);
  await expect(board.locator('[col-id="positionAge"].unit-age--fresh')).toHaveCount(UNITS); // still arriving

  await hub.stop();
  await expect(indicator).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await expect(indicator).toContainText('Sin conexión desde');
  await expect(page.getByTestId('units-stale')).toBeVisible();
  await expect(board.locator('[role="row"][row-id]')).toHaveCount(UNITS); // the last known picture stays

  hub = await startHub();
  running.push(hub);
  await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(page.getByTestId('units-stale')).toHaveCount(0);
});

/** The ConsoleApi methods the page sent over its WebSocket, in order (watched from before the page loads). */
function sentMethods(page: Page): string[] {
  const methods: string[] = [];
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => {
      const method = (JSON.parse(String(payload)) as { method?: string }).method;
      if (method) methods.push(method);
    }),
  );
  return methods;
}

test('a dispatcher assigns a task to the selected unit and frees it; a wrong task sends nothing; a coordinator only reads it', async ({
  page,
}) => {
  const hub = await startHub();
  running.push(hub);
  const host = await startConsole(hub);
  const sent = sentMethods(page);

  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  const board = page.getByRole('grid', { name: 'Unidades' });
  const row = board.locator('[role="row"][row-index="0"]');
  const cell = row.locator('[role="gridcell"][col-id="assignment"]');
  const panel = page.getByRole('region', { name: 'Asignación' });
  await expect(panel).toContainText('Seleccione una unidad en el tablero o en el mapa.');

  await row.locator('[col-id="callSign"]').click();
  const callSign = (await row.locator('[col-id="callSign"]').textContent())!;
  await expect(panel.getByTestId('assignment-unit')).toHaveText(callSign);
  await expect(panel.getByTestId('assignment-current')).toHaveText('Sin asignación');
  await expect(cell).toHaveText('—');
  const task = panel.getByLabel('Tarea asignada');
  expect(await seriousViolations(page, '[data-testid="unit-assignment"]')).toEqual([]);

  // Empty, then one character too long: the message is next to the field and nothing is sent.
  await task.press('Enter');
  await expect(task).toHaveAccessibleDescription(/Escriba la tarea que se asigna a la unidad\./);
  await expect(task).toHaveAttribute('aria-invalid', 'true');
  await task.fill('x'.repeat(201));
  await panel.getByRole('button', { name: 'Asignar' }).click();
  await expect(panel.getByTestId('assignment-problem')).toHaveText('La tarea no puede superar los 200 caracteres.');
  expect(await seriousViolations(page, '[data-testid="unit-assignment"]')).toEqual([]);
  expect(sent).not.toContain('units.assign');
  await expect(panel.getByRole('button', { name: 'Liberar unidad' })).toHaveCount(0); // nothing to free yet

  // Enter assigns: the row shows it at once, and the hub takes it.
  await task.fill('Denuncia por ruidos — Bv. San Juan 500');
  await task.press('Enter');
  await expect(cell).toHaveText('Denuncia por ruidos — Bv. San Juan 500');
  await expect(panel.getByTestId('assignment-current')).toHaveText('Denuncia por ruidos — Bv. San Juan 500');
  await expect(task).toHaveValue('');
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/, { timeout: 15_000 });
  expect(sent.filter((method) => method === 'units.assign')).toHaveLength(1);

  // Freeing empties the cell; the focus stays in the panel.
  await panel.getByRole('button', { name: 'Liberar unidad' }).click();
  await expect(cell).toHaveText('—');
  await expect(panel.getByTestId('assignment-current')).toHaveText('Sin asignación');
  await expect(panel.getByRole('button', { name: 'Liberar unidad' })).toHaveCount(0);
  await expect(task).toBeFocused();
  await task.fill('Control de venta ambulante — Plaza San Martín');
  await panel.getByRole('button', { name: 'Asignar' }).click();
  await expect(cell).toHaveText('Control de venta ambulante — Plaza San Martín');
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/, { timeout: 15_000 });

  // The coordinator reads the assignment (as the hub has it) but gets no controls.
  const coordinator = hubAccount(hubDir, 'coordinator');
  const signIn = (await callApi(page, host.url, 'session.signIn', { username: coordinator.username, password: coordinator.password })) as {
    ok: boolean;
  };
  expect(signIn.ok, JSON.stringify(signIn)).toBe(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await row.locator('[col-id="callSign"]').click();
  await expect(panel.getByTestId('assignment-current')).toHaveText('Control de venta ambulante — Plaza San Martín');
  await expect(panel.getByLabel('Tarea asignada')).toHaveCount(0);
  await expect(panel.getByRole('button')).toHaveCount(0);
});
