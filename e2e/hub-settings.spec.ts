// The settings screen in browser mode: the console starts on its embedded demo hub; a separate hub process (with a
// user made by the hub CLI) is then chosen from the settings screen. Field checks speak Spanish, a wrong password
// says so and keeps the previous connection, the right one brings that hub's units to the board.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { freePort } from './support/hub-process.ts';
import { startNodeProcess } from './support/node-process.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const REMOTE_UNITS = 5;
const USER = { username: 'operadora', password: 'clave-de-prueba-del-hub', name: 'Operadora Remota' };
const { tempDir, track } = perTest();

test('chooses a remote hub from the settings screen; a wrong password keeps the previous connection', async ({ page }) => {
  const hubDir = tempDir('convivencia-hub-');
  const userAdd = await startNodeProcess(
    'src/hub/cli.ts',
    ['user', 'add', USER.username, '--role', 'dispatcher', '--name', USER.name, '--password', USER.password, '--data-dir', hubDir],
    /(creado|created)/,
  );
  await new Promise<void>((done) => (userAdd.child.exitCode !== null ? done() : userAdd.child.once('exit', () => done())));
  const hub = await startNodeProcess(
    'src/hub/cli.ts',
    ['--port', String(await freePort()), '--data-dir', hubDir, '--demo-units', String(REMOTE_UNITS)],
    /(http:\/\/127\.0\.0\.1:\d+)/,
  );
  track(hub);
  const host = await startHostProcess(['--data-dir', tempDir('convivencia-console-'), '--no-demo']);
  track(host);

  // the embedded demo hub, signed in as the demo dispatcher
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'Despacho' }).click();
  const indicator = page.getByTestId('sync-indicator');
  const summary = page.getByTestId('unit-summary');
  await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(summary).toContainText('24 unidades');
  await expect(page.getByTestId('session-user')).toHaveText('Martín Sosa · Despacho');

  const openSettings = page.getByRole('button', { name: 'Configuración' });
  await openSettings.click();
  const dialog = page.getByRole('dialog', { name: 'Configuración' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('settings-hub')).toContainText('Hub de demostración integrado');
  await expect(dialog.getByTestId('settings-user')).toHaveText('Martín Sosa (despacho) · Despacho');

  // field checks, in Spanish, before anything is sent
  const url = dialog.getByLabel('Dirección del hub');
  const username = dialog.getByLabel('Usuario');
  const password = dialog.getByLabel('Contraseña');
  const connect = dialog.getByRole('button', { name: 'Conectar' });
  await url.fill('hub-sin-protocolo');
  await connect.click();
  await expect(dialog.getByTestId('settings-url-problem')).toHaveText(/La dirección debe empezar con http:\/\/ o https:\/\//);
  await expect(dialog.getByTestId('settings-username-problem')).toHaveText('Ingrese el usuario.');
  await expect(dialog.getByTestId('settings-password-problem')).toHaveText('Ingrese la contraseña.');
  await expect(url).toBeFocused();
  await expect(url).toHaveAttribute('aria-invalid', 'true');

  const serious = (await new AxeBuilder({ page }).include('.console-config-dialog').analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  expect(serious).toEqual([]);

  // a wrong password: the message, and the embedded hub stays
  await url.fill(hub.ready);
  await username.fill(USER.username);
  await password.fill('no-es-la-clave');
  await connect.click();
  await expect(dialog.getByRole('alert')).toContainText('El hub rechazó el usuario o la contraseña');
  await expect(dialog.getByTestId('settings-hub')).toContainText('Hub de demostración integrado');
  await expect(indicator).toHaveAttribute('data-state', 'live');
  await expect(summary).toContainText('24 unidades');

  // the right one: that hub's units on the board, the person in the header
  await password.fill(USER.password);
  await connect.click();
  await expect(dialog.getByTestId('settings-done')).toHaveText(`Sesión iniciada como ${USER.name} (Despacho).`);
  await expect(dialog.getByTestId('settings-hub')).toContainText(`Hub remoto · ${hub.ready}`);
  await dialog.getByRole('button', { name: 'Cerrar', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(openSettings).toBeFocused();
  await expect(page.getByTestId('session-user')).toHaveText(`${USER.name} · Despacho`);
  await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(summary).toContainText(`${REMOTE_UNITS} unidades`);
  await expect(page.getByRole('grid', { name: 'Unidades' }).locator('[role="row"][row-id]')).toHaveCount(REMOTE_UNITS);

  // signing out: the indicator says so and offers to sign in again
  await openSettings.click();
  await dialog.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(dialog.getByTestId('settings-user')).toHaveText('Sin sesión iniciada');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(indicator).toHaveAttribute('data-state', 'signed_out');
  await expect(indicator).toContainText('Sin sesión iniciada');
  await page.getByTestId('sync-sign-in').click();
  await expect(dialog).toBeVisible();
  await expect(url).toHaveValue(hub.ready);
  await expect(username).toHaveValue(USER.username);
});
