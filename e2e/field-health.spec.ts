// «Configuración» → «Relojes de los equipos de patrulla» in browser mode, on the embedded demo hub: a patrol device
// whose clock jumped to 2045 (a GPS week rollover) is refused by the hub; the demo administrator sees its unit
// counted, with the tolerance in force; the demo dispatcher is not shown the section and the core refuses the
// call. Accessibility checked with axe.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { io } from 'socket.io-client';
import { seriousViolations } from './support/axe.ts';
import { callApi } from './support/console-page.ts';
import { useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const { tempDir, track } = perTest();

interface DemoDevices {
  readonly hubUrl: string;
  readonly devices: readonly { readonly unitId: string; readonly token: string }[];
}

/** Sends one report dated 2045 from the unit's device; resolves with the hub's answer. */
async function reportFrom2045(demo: DemoDevices): Promise<unknown> {
  const { unitId, token } = demo.devices[0]!;
  const socket = io(`${demo.hubUrl}/field`, { auth: { deviceToken: token }, transports: ['websocket'], forceNew: true });
  try {
    const report = {
      unitId,
      lat: -31.4167,
      lng: -64.1833,
      accuracy: 8,
      speed: 0,
      heading: 0,
      status: 'available',
      deviceTime: Date.UTC(2045, 0, 1, 12),
    };
    return await socket.timeout(10_000).emitWithAck('telemetry', report);
  } finally {
    socket.disconnect();
  }
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Configuración' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configuración' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('an administrator sees which devices’ clocks the hub refused; a dispatcher does not', async ({ page }) => {
  const dataDir = tempDir('convivencia-field-health-');
  const host = track(await startHostProcess(['--data-dir', dataDir]));

  // the demo dispatcher: no section, and the core refuses the call
  await page.goto(host.url);
  await expect(page.getByTestId('session-user')).toHaveAttribute('data-role', 'dispatcher', { timeout: 30_000 });
  let dialog = await openSettings(page);
  await expect(dialog.getByTestId('basemap-settings')).toBeVisible();
  await expect(dialog.getByTestId('field-health')).toHaveCount(0);
  expect(await callApi(page, host.url, 'field.health', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await dialog.getByTestId('settings-close').click();

  // a device whose clock jumped ahead
  const demo = JSON.parse(fs.readFileSync(path.join(dataDir, 'hub', 'demo-credentials.json'), 'utf8')) as DemoDevices;
  expect(await reportFrom2045(demo)).toEqual({ ok: false, error: 'clock_ahead' });

  // the demo administrator
  await useDemoAccount(page, host.url, dataDir, 'administrator');
  dialog = await openSettings(page);
  const section = dialog.getByTestId('field-health');
  await expect(section.getByRole('heading', { name: 'Relojes de los equipos de patrulla' })).toBeVisible();
  await expect(section.getByTestId('field-health-tolerance')).toContainText(
    'Tolerancia vigente: hasta 120 s adelantado y 43.200 s atrasado; se cambia en «Normativa».',
  );
  const table = section.getByRole('table', { name: 'Informes rechazados por unidad' });
  const row = table.locator(`tr[data-unit="${demo.devices[0]!.unitId}"]`);
  await expect(row.getByRole('rowheader')).toHaveText(/^(Móvil|Pie) \d+$/);
  await expect(row.getByRole('cell')).toHaveText(['1', '0', '01/01/2045, 09:00', /^\d\d\/\d\d\/\d{4}, \d\d:\d\d$/]);

  // another refusal shows on «Actualizar»
  expect(await reportFrom2045(demo)).toEqual({ ok: false, error: 'clock_ahead' });
  await section.getByRole('button', { name: 'Actualizar' }).click();
  await expect(row.getByRole('cell').first()).toHaveText('2');
  expect(await seriousViolations(page, '[data-testid="field-health"]')).toEqual([]);
});
