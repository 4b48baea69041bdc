// Despacho in browser mode against a real hub process and a real simulator: units appear and move; with the
// hub stopped the indicator says offline and the board keeps its data; with the hub back it is live again.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './support/hub-process.ts';
import { callApi } from './support/console-page.ts';
import { startNodeProcess, type NodeProcess } from './support/node-process.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

const UNITS = 12;
let hubDir: string;
let hubPort: number;
const running: { stop(): Promise<void> }[] = [];

const startHub = () =>
  startNodeProcess('src/hub/cli.ts', ['--port', String(hubPort), '--data-dir', hubDir, '--demo-units', String(UNITS)], /(http:\/\/127\.0\.0\.1:\d+)/);

test.beforeEach(async () => {
  hubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-hub-'));
  hubPort = await freePort();
});
test.afterEach(async () => {
  for (const process of running.splice(0).reverse()) await process.stop();
  fs.rmSync(hubDir, { recursive: true, force: true });
});

async function startConsole(hub: NodeProcess): Promise<HostProcess> {
  const credentials = JSON.parse(fs.readFileSync(path.join(hubDir, 'demo-credentials.json'), 'utf8')) as {
    users: { username: string; password: string; role: string }[];
  };
  const dispatcher = credentials.users.find((u) => u.role === 'dispatcher')!;
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
  const simulator = await startNodeProcess('src/hub/simulator/cli.ts', ['--units', String(UNITS), '--hz', '2', '--data-dir', hubDir, '--hub', hub.ready], /(conectadas|connected)/);
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
