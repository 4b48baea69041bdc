// Despacho for a whole call, in browser mode against a real hub process and the real simulator (issue 13): a
// WhatsApp noise complaint in Nueva Córdoba → a second call about the same party linked as a duplicate → the
// recommended unit assigned with Enter → the simulated unit reports en camino and en escena → the check-in timer
// alerts when overdue and is acknowledged → closed with an advertencia. The timeline shows every step with its
// time, and a second console (the administrator's, which also set the check-in interval to one minute from today)
// sees it all live. axe on every new screen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { cordobaIsoDate } from '../src/shared/time/cordoba.ts';
import { expectAccessible } from './support/axe.ts';
import { callApi } from './support/console-page.ts';
import { freePort, hubAccount, startHubProcess } from './support/hub-process.ts';
import { startNodeProcess } from './support/node-process.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

const { tempDir, track } = perTest();
const UNITS = 8;
const INCIDENT = 'Ruidos molestos · Nueva Córdoba';

async function consoleAs(dir: string, hubUrl: string, hubDir: string, role: string): Promise<HostProcess> {
  const account = hubAccount(hubDir, role);
  return track(
    await startHostProcess(['--data-dir', path.join(dir, role), '--no-demo', '--hub', hubUrl, '--hub-user', account.username], {
      CONVIVENCIA_HUB_PASSWORD: account.password,
    }),
  );
}

async function openDespacho(page: Page, host: HostProcess): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Despacho' }).click();
  await expect(
    page.getByRole('listbox', { name: 'Incidentes abiertos, por prioridad y espera' }).or(page.getByTestId('queue-empty')),
  ).toBeVisible();
}

/** Opens «Nueva denuncia» with its shortcut and types a complaint (the description only when asked). */
async function typeComplaint(page: Page, channel: string, description?: string): Promise<Locator> {
  await page.keyboard.press('Alt+N');
  const form = page.getByRole('dialog', { name: 'Nueva denuncia' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Canal')).toBeFocused();
  await form.getByLabel('Canal').selectOption({ label: channel });
  await form.getByLabel('Categoría').selectOption({ label: 'Ruidos molestos' });
  await form.getByLabel('Barrio').selectOption({ label: 'Nueva Córdoba' });
  await form.getByLabel('Dirección').fill('Bv. Chacabuco 500');
  if (description) await form.getByLabel('Descripción').fill(description);
  return form;
}

const queueItem = (page: Page) => page.getByTestId('queue-item').filter({ hasText: INCIDENT });
const timelineRows = (page: Page) => page.getByTestId('incident-timeline').locator('tbody tr');

test('a noise complaint from intake to an advertencia, live on a second console', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const dir = tempDir('convivencia-despacho-');
  const hubDir = path.join(dir, 'hub');
  const hub = track(await startHubProcess(hubDir, await freePort(), ['--demo-units', String(UNITS)]));
  track(
    await startNodeProcess(
      'src/hub/simulator/cli.ts',
      ['--units', String(UNITS), '--hz', '2', '--call-pace', '10', '--data-dir', hubDir, '--hub', hub.ready],
      /(conectadas|connected)/,
    ),
  );
  const desk = await consoleAs(dir, hub.ready, hubDir, 'dispatcher');
  const second = await consoleAs(dir, hub.ready, hubDir, 'administrator');
  const watcher = await browser.newPage();

  // The administrator makes the check-in interval one minute from today (a dated setting), for the test to see it due.
  await watcher.goto(second.url);
  const added = await callApi(watcher, second.url, 'settings.add', {
    entry: { key: 'dispatch.checkInMinutes', value: 1, effectiveFrom: cordobaIsoDate(Date.now()), note: 'e2e: one-minute check-ins' },
  });
  expect(added).toMatchObject({ ok: true });
  await openDespacho(watcher, second);
  await openDespacho(page, desk);

  // 1. A WhatsApp complaint: the priority follows category and time of day; the place is geocoded.
  const first = await typeComplaint(page, 'WhatsApp', 'Música muy fuerte en un departamento, hay una fiesta');
  await expect(first.getByText(/Según la normativa vigente: P[12]/)).toBeVisible();
  await expect(first.getByText(/aproximado \(Nueva Córdoba\)/)).toBeVisible();
  await expect(first.getByText('No hay incidentes abiertos parecidos cerca: se abrirá uno nuevo.')).toBeVisible();
  await expectAccessible(page, '[data-testid="intake-dialog"]');
  await first.getByRole('button', { name: 'Registrar denuncia' }).click();
  await expect(first).toBeHidden();
  await expect(queueItem(page)).toBeVisible();
  await expect(queueItem(watcher)).toBeVisible(); // the second console, live
  await expectAccessible(page, '[data-testid="complaint-queue"]');

  // 2. A second call about the same party: offered as a duplicate and linked; the incident counts two complaints.
  const again = await typeComplaint(page, 'Línea 103');
  await expect(again.getByRole('list', { name: 'Incidentes abiertos parecidos' })).toContainText(INCIDENT);
  await again.getByRole('button', { name: `Vincular la denuncia a: ${INCIDENT}, Bv. Chacabuco 500` }).click();
  await expect(again).toBeHidden();
  await expect(queueItem(page)).toContainText('2 denuncias');
  await expect(queueItem(watcher)).toContainText('2 denuncias');

  // 3. The incident opens on both consoles; the recommended unit is assigned with Enter.
  await queueItem(page).click();
  await queueItem(watcher).click();
  const panel = page.getByTestId('incident-title');
  await expect(panel).toContainText(INCIDENT);
  const recommended = page.getByRole('listbox', { name: 'Unidades recomendadas' });
  const chosen = recommended.locator('[role="option"][aria-selected="true"]');
  await expect(chosen).toHaveCount(1);
  const unitLabel = (await chosen.textContent()) ?? '';
  const callSign = unitLabel.split(' — ')[0]!.trim();
  expect(callSign).toMatch(/^(Móvil|Pie) \d+/);
  await expectAccessible(page, '[data-testid="incident-panel"]');
  await recommended.focus();
  await page.keyboard.press('Enter');
  const statusGroup = page.getByRole('group', { name: `Estado de ${callSign}` });
  await expect(statusGroup.getByRole('button', { name: 'Asignada' })).toHaveAttribute('aria-pressed', 'true');

  // 4. The simulated unit sets off and arrives: its device reports en camino, then en escena.
  await expect(statusGroup.getByRole('button', { name: 'En camino' })).toHaveAttribute('aria-pressed', 'true', { timeout: 90_000 });
  await expect(statusGroup.getByRole('button', { name: 'En escena' })).toHaveAttribute('aria-pressed', 'true', { timeout: 150_000 });
  await expect(page.getByTestId('incident-check-in')).toBeVisible();

  // 5. One minute on scene without a check-in: the alert comes (on both consoles) and a person acknowledges it.
  const alerts = page.getByTestId('alerts-list');
  await expect(alerts.locator('[data-kind="check_in_overdue"]')).toHaveCount(1, { timeout: 90_000 });
  await expect(watcher.getByTestId('alerts-list').locator('[data-kind="check_in_overdue"]')).toHaveCount(1);
  await expect(page.getByTestId('alerts-count')).not.toHaveText('');
  await expectAccessible(page, '[data-testid="alerts-list"]');
  await alerts.getByRole('button', { name: /^Reconocer: Control vencido/ }).click();
  await expect(alerts.locator('[data-kind="check_in_overdue"]')).toHaveCount(0);

  // 6. Closed with an advertencia.
  await page.getByTestId('incident-action-close').click();
  const closing = page.getByTestId('incident-close-dialog');
  await expect(closing).toBeVisible();
  await expectAccessible(page, '[data-testid="incident-close-dialog"]');
  await closing.getByRole('group', { name: 'Resultado' }).getByRole('radio', { name: 'Advertencia' }).check();
  // Who was warned, with their antecedentes (issue 14).
  await closing.getByLabel('DNI del advertido').fill('41.999.518');
  await expect(closing.getByTestId('antecedentes-suggestion')).toHaveText('Primera vez: corresponde advertencia.', { timeout: 15_000 });
  await closing.getByLabel('Nombre y apellido').fill('Vecino de Prueba E2E');
  await closing.getByLabel('Nota para el denunciante').fill('Se labró una advertencia; la música se bajó.');
  await closing.getByTestId('incident-close-dialog-submit').click();
  await expect(closing).toBeHidden();
  await expect(queueItem(page)).toHaveCount(0);

  // The timeline, the same on both consoles: every step with its time, in order.
  const steps = [
    'Denuncia recibida',
    'Otra denuncia vinculada',
    'Unidad asignada',
    'Estado de la unidad',
    'Estado de la unidad',
    'Alerta reconocida',
    'Cerrado',
  ];
  for (const p of [page, watcher]) {
    const rows = timelineRows(p);
    await expect(rows.filter({ hasText: /Estado de la unidad/ }).filter({ hasText: 'En camino' })).toHaveCount(1);
    await expect(rows.filter({ hasText: /Estado de la unidad/ }).filter({ hasText: 'En escena' })).toHaveCount(1);
    const texts = await rows.allInnerTexts();
    // Newest first on screen: the steps, oldest first, among the rows (other rows may come between them).
    let found = 0;
    for (const text of [...texts].reverse()) if (found < steps.length && text.includes(steps[found]!)) found++;
    expect(found, texts.join('\n')).toBe(steps.length);
    for (const text of texts) expect(text).toMatch(/\d{1,2}:\d{2}/);
    await expect(rows.filter({ hasText: 'Cerrado' })).toContainText('Advertencia');
  }
});
