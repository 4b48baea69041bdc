// Despacho in browser mode against a real hub process and a real simulator: units appear and move; with the
// hub stopped the indicator says offline and the board keeps its data; with the hub back it is live again.
// A unit's task links to the incident it works on; a coordinator reads the board but not the complaints.
import { expect, test } from '@playwright/test';
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

test("a unit's task links to its incident; a coordinator sees the board and what kind of task, never the complaints", async ({ page }) => {
  const hub = await startHub();
  running.push(hub);
  const host = await startConsole(hub);

  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  const board = page.getByRole('grid', { name: 'Unidades' });
  const row = board.locator('[role="row"][row-id="movil-01"]');
  const cell = row.locator('[role="gridcell"][col-id="assignment"]');
  await expect(cell).toHaveText('—');

  // A complaint opened and Móvil 01 sent to it (as the intake and the incident panel do, through records.mutate).
  const now = Date.now();
  const incidentId = '0190a8c0-0000-7000-8000-0000000000a1';
  const place = { barrio: 'Nueva Córdoba', address: 'Bv. Chacabuco 500', lat: -31.429, lng: -64.1868, precision: 'barrio' };
  const complaint = { id: '0190a8c0-0000-7000-8000-0000000000a2', channel: 'line_103', receivedAt: now, description: 'Música fuerte' };
  const opened = await callApi(page, host.url, 'records.mutate', {
    mutation: {
      kind: 'incident.open',
      id: incidentId,
      category: 'noise',
      priorityOverride: null,
      place,
      description: 'Música fuerte en un departamento',
      complaint: { ...complaint, reporter: null, appReference: null, photos: [], camera: null },
    },
  });
  expect(opened).toMatchObject({ ok: true });
  const sent = await callApi(page, host.url, 'records.mutate', {
    mutation: { kind: 'incident.assign', id: incidentId, unitId: 'movil-01', replacing: null, at: now },
  });
  expect(sent).toMatchObject({ ok: true });

  // The board names the task and opens the incident from it.
  const link = cell.getByRole('button', { name: 'Ver el incidente: Incidente · Ruidos molestos · Nueva Córdoba' });
  await expect(link).toBeVisible();
  await expect(row.locator('[col-id="status"]')).toHaveText('Asignada');
  await expect(pendingChanges(page)).toHaveText(/Todo sincronizado/, { timeout: 15_000 });
  await link.click();
  await expect(page.getByTestId('incident-title')).toContainText('Ruidos molestos · Nueva Córdoba');
  expect(await seriousViolations(page, '[role="grid"]')).toEqual([]);

  // The coordinator reads the units (as the hub has them) and that Móvil 01 is on an incident, but no complaint.
  const coordinator = hubAccount(hubDir, 'coordinator');
  const signIn = (await callApi(page, host.url, 'session.signIn', { username: coordinator.username, password: coordinator.password })) as {
    ok: boolean;
  };
  expect(signIn.ok, JSON.stringify(signIn)).toBe(true);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(cell).toHaveText('Incidente');
  await expect(cell.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('complaint-queue')).toHaveCount(0);
  await expect(page.getByTestId('incident-title')).toHaveCount(0);
  expect(await callApi(page, host.url, 'dispatch.queue', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});
