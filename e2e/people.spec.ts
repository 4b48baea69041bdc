// Issue 15, people and vehicles: Planificación → Personal and Equipamiento's vehicles, in browser mode against the
// embedded demo hub. The demo coordinator coordinates «Equipo Centro» and «Equipo Norte», not «Equipo Sur»: they may
// change a Centro person, not a Sur one. They record a leave next week for a Centro person assigned to a checkpoint
// then; the roster shows the conflict with its explanation («Licencia …»). An administrator adds a vehicle by its
// plate and sends it to the workshop; the roster flags it «En taller». axe on the tab and the dialogs.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { callApi, openConsole } from './support/console-page.ts';
import { allSynced, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';
import { addDays, atHour, nextMonday } from './support/weeks.ts';

const run = perTest();
const HOUR = 3_600_000;
const CENTRO_PERSON = 'prom-001';
const SUR_PERSON = 'prom-003';

test('a coordinator records a leave for someone of their team: the roster explains the conflict', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = run.tempDir('convivencia-people-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');

  // A checkpoint next Wednesday night with a Centro person.
  const monday = nextMonday();
  const start = atHour(addDays(monday, 2), 22);
  const created = (await callApi(page, host.url, 'operations.create', {
    plan: {
      type: 'education_session',
      barrio: 'Nueva Córdoba',
      address: 'Charla Personal E2E',
      team: 'Equipo Centro',
      plannedStart: start,
      plannedEnd: start + 2 * HOUR,
      shift: 'night',
    },
  })) as { ok: boolean; value: { operation: { id: string } } };
  expect(created.ok, JSON.stringify(created)).toBe(true);
  const id = created.value.operation.id;
  const assigned = (await callApi(page, host.url, 'operations.assign', { id, assigned: { people: [CENTRO_PERSON], resources: [] } })) as {
    ok: boolean;
  };
  expect(assigned.ok, JSON.stringify(assigned)).toBe(true);

  await page.getByRole('tab', { name: 'Personal' }).click();
  const view = page.getByTestId('people-view');
  await expect(view.getByRole('heading', { name: 'Personal del programa' })).toBeVisible();
  const centro = view.locator(`[data-testid="person-row"][data-person-id="${CENTRO_PERSON}"]`);
  const sur = view.locator(`[data-testid="person-row"][data-person-id="${SUR_PERSON}"]`);
  await expect(centro).toContainText('Equipo Centro');
  await expect(sur).toContainText('Equipo Sur');
  await expect(sur.getByTestId('person-absences')).toHaveCount(0);
  await expect(view.getByTestId('people-add')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="people-view"]')).toEqual([]);

  // The team filter.
  await view.getByTestId('people-team-filter').selectOption({ label: 'Equipo Sur' });
  await expect(centro).toHaveCount(0);
  await view.getByTestId('people-team-filter').selectOption({ label: 'Equipo Centro' });

  // «Ausencias»: a last day before the first is refused in the form; Monday to Friday is recorded.
  await centro.getByTestId('person-absences').click();
  const dialog = page.getByTestId('absences-dialog');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="absences-dialog"]')).toEqual([]);
  await dialog.getByTestId('absence-kind').selectOption({ label: 'Licencia' });
  await dialog.getByTestId('absence-from').fill(addDays(monday, 4));
  await dialog.getByTestId('absence-to').fill(monday);
  await dialog.getByTestId('absences-dialog-submit').click();
  await expect(dialog).toContainText('Es anterior a la fecha «Desde».');
  await dialog.getByTestId('absence-from').fill(monday);
  await dialog.getByTestId('absence-to').fill(addDays(monday, 4));
  await dialog.getByTestId('absence-note').fill('Licencia anual');
  await dialog.getByTestId('absences-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(view.getByTestId('people-done')).toContainText('Ausencia de');
  await expect(centro).toContainText('Próxima: Licencia');
  await allSynced(page);

  // The roster: the conflict, explained, and the sidebar says why.
  await page.getByRole('tab', { name: 'Turnos' }).click();
  await page.getByRole('button', { name: 'Semana siguiente' }).click();
  const conflict = page.locator(`[data-testid="roster-conflict"][data-operations~="${id}"][data-kind="person_unavailable"]`);
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText(/no está disponible: Licencia \d+–\d+ \S+/);
  await expect(page.locator(`[data-testid="roster-person"][data-id="${CENTRO_PERSON}"] [data-testid="roster-away"]`)).toContainText(
    'Licencia',
  );
});

test('an administrator adds a vehicle and sends it to the workshop: the roster flags it', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = run.tempDir('convivencia-vehicles-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'administrator');

  await page.getByRole('tab', { name: 'Equipamiento' }).click();
  const view = page.getByTestId('vehicles-view');
  await view.getByTestId('vehicles-add').click();
  const dialog = page.getByTestId('add-vehicle-dialog');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="add-vehicle-dialog"]')).toEqual([]);
  await dialog.getByTestId('add-vehicle-plate').fill('ab12cd');
  await dialog.getByTestId('add-vehicle-dialog-submit').click();
  await expect(dialog).toContainText('No es una patente argentina');
  await dialog.getByTestId('add-vehicle-plate').fill('ab123cd');
  await dialog.getByTestId('add-vehicle-type').selectOption({ label: 'Furgón' });
  await dialog.getByTestId('add-vehicle-seats').fill('9');
  await dialog.getByTestId('add-vehicle-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(view.getByTestId('vehicles-done')).toContainText('AB 123 CD agregado.');
  const row = view.locator('[data-testid="vehicle-row"][data-vehicle-id="veh-ab-123-cd"]');
  await expect(row).toContainText('Furgón');
  await expect(row).toHaveAttribute('data-state', 'in_service');

  await row.getByRole('button', { name: 'En taller: AB 123 CD' }).click();
  const status = page.getByTestId('vehicle-status-dialog');
  await expect(status).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="vehicle-status-dialog"]')).toEqual([]);
  await status.getByTestId('vehicle-status-dialog-submit').click();
  await expect(status).toBeHidden();
  await expect(row).toHaveAttribute('data-state', 'workshop');
  expect(await seriousViolations(page, '[data-testid="vehicles-view"]')).toEqual([]);
  await allSynced(page);

  await page.getByRole('tab', { name: 'Turnos' }).click();
  await expect(page.locator('[data-testid="roster-resource"][data-id="veh-ab-123-cd"] [data-testid="roster-workshop"]')).toContainText(
    'En taller',
  );
});
