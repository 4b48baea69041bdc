// Issue 5's scenario in browser mode against the embedded demo hub: a coordinator plans a Friday-night alcohol
// checkpoint, reserves a qualified operator and a breathalyser whose verification holds, runs it through the
// status buttons and closes it with two drivers whose screening was positive — one retested under the limit
// (negative), one over it (positive, with the acta the form suggests). Hostile values (40 g/L, the year 3000, a
// 10 MB comment) are refused field by field and nothing is saved. The demo court clerk then finds the acta in
// the Tribunal's cases (searched by DNI and by name) and opens it. axe checks the result form, the cases list and
// the case view.
// The team is reserved in Planificación → Turnos: a qualified operator ticked and assigned with "Asignar", the
// breathalyser dragged onto the checkpoint's card (its id chosen from 'roster.week': the newest verification).
import { expect, test, type Locator } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi, openConsole } from './support/console-page.ts';
import {
  fillOperationForm,
  gridRowByAddress,
  openNewOperationForm,
  operationDialog,
  saveOperationForm,
  useDemoAccount,
} from './support/operation-form.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';

let host: HostProcess;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-court-'));
  host = await startHostProcess(['--data-dir', dataDir]);
});

test.afterEach(async () => {
  await host?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const ADDRESS = 'Bv. Chacabuco E2E 500';
const DAY = 86_400_000;

/** Friday of next week (Córdoba calendar, UTC−3 without DST): one "Semana siguiente" away in Turnos. */
function nextWeekFriday(): string {
  const cordobaNow = new Date(Date.now() - 3 * 3_600_000);
  const today = Date.UTC(cordobaNow.getUTCFullYear(), cordobaNow.getUTCMonth(), cordobaNow.getUTCDate());
  const mondayOffset = (cordobaNow.getUTCDay() + 6) % 7; // 0 = Monday
  return new Date(today + (7 - mondayOffset + 4) * DAY).toISOString().slice(0, 10);
}
const plusDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

interface Week {
  people: { id: string; qualifications: string[] }[];
  resources: { id: string; kind: string; calibratedOn?: number }[];
  operations: { id: string }[];
}

/** The message shown next to a control (its aria-describedby error), '' when none. */
async function messageOf(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'));
  if (ids.length === 0) return '';
  return (await control.page().locator(`[id="${ids[0]}"]`).textContent()) ?? '';
}

test('a Friday-night checkpoint closed with two positive screenings delivers its acta to the court desk', async ({ page }) => {
  test.setTimeout(240_000);
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');

  // The coordinator does not read court cases: the Tribunal says so.
  await page.getByRole('tab', { name: 'Tribunal' }).click();
  await expect(page.getByTestId('court-not-allowed')).toBeVisible();
  await page.getByRole('tab', { name: 'Planificación' }).click();

  // Plan the checkpoint with the form.
  const friday = nextWeekFriday();
  const saturday = plusDay(friday);
  const dialog = await openNewOperationForm(page);
  await fillOperationForm(dialog, {
    type: 'Control de alcoholemia',
    barrio: 'Nueva Córdoba',
    address: ADDRESS,
    plannedStart: `${friday}T22:00`,
    plannedEnd: `${saturday}T04:00`,
    shift: 'Noche',
    team: 'Conducción Responsable',
  });
  await saveOperationForm(dialog);
  await expect(operationDialog(page)).toHaveCount(0);
  const found = (await callApi(page, host.url, 'operations.page', { offset: 0, limit: 5, filter: { text: ADDRESS } })) as {
    value: { rows: { id: string }[] };
  };
  const operationId = found.value.rows[0]!.id;

  // Reserve a qualified operator and a breathalyser whose official verification holds on Friday.
  let week: Week | null = null;
  await expect
    .poll(
      async () => {
        week = ((await callApi(page, host.url, 'roster.week', { date: friday })) as { value: Week }).value;
        return week.people.length > 0 && week.operations.some((o) => o.id === operationId);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const { resources } = week!;
  const fridayMs = Date.parse(`${friday}T22:00:00-03:00`);
  const device = resources
    .filter(
      (r) =>
        r.kind === 'breathalyser' && r.calibratedOn !== undefined && r.calibratedOn > fridayMs - 330 * DAY && r.calibratedOn < fridayMs,
    )
    .sort((a, b) => b.calibratedOn! - a.calibratedOn!)[0]!;
  await page.getByRole('tab', { name: 'Turnos' }).click();
  await page.getByRole('button', { name: 'Semana siguiente' }).click();
  const checkpoint = page.getByTestId('roster-card').filter({ hasText: ADDRESS });
  const conflicts = page.locator(`[data-testid="roster-conflict"][data-operations~="${operationId}"]`);
  await expect(checkpoint).toBeVisible();
  await expect(conflicts).toHaveCount(2); // no qualified operator, no breathalyser
  const choose = checkpoint.getByRole('button', { name: /Control de alcoholemia/ });
  await choose.click();
  await expect(choose).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Habilitación').selectOption({ label: 'Operador/a de alcoholímetro' });
  const operatorItem = page.getByTestId('roster-people').getByTestId('roster-person').first();
  const operator = { id: (await operatorItem.getAttribute('data-id'))!, name: (await operatorItem.locator('label').textContent())! };
  await operatorItem.getByRole('checkbox').check();
  await page.getByTestId('roster-assign-button').click();
  await expect(conflicts).toHaveCount(1);
  await page.locator(`[data-testid="roster-resource"][data-id="${device.id}"]`).dragTo(checkpoint);
  await expect(conflicts).toHaveCount(0);
  await page.getByRole('tab', { name: 'Operativos' }).click();

  // Through the status buttons to "in progress".
  const row = await gridRowByAddress(page, ADDRESS);
  await row.locator('[col-id="address"]').dblclick();
  const edit = operationDialog(page);

  // The checkpoint's own plan: on city streets (its alcohol limit follows from that) and its name; blank is refused.
  const typedPlan = edit.getByTestId('typed-plan');
  await expect(typedPlan.getByLabel('Jurisdicción')).toHaveValue('city');
  await typedPlan.getByTestId('typed-plan-save').click();
  await expect(typedPlan).toContainText('Complete este campo.');
  await typedPlan.getByLabel('Puesto de control').fill('Bv. Chacabuco y Bv. Illia');
  await typedPlan.getByTestId('typed-plan-save').click();
  await expect(typedPlan).toContainText('Plan del tipo guardado.');
  await expect(edit.getByTestId('operation-timeline')).toContainText('Borrador');

  for (const [button, status] of [
    ['Planificar', 'Planificado'],
    ['Reservar', 'Reservado'],
    ['Iniciar', 'En curso'],
  ] as const) {
    await edit.getByRole('button', { name: button, exact: true }).click();
    await expect(edit.getByTestId('operation-status')).toHaveText(`Estado: ${status}`);
  }

  // Close with results: the alcohol result form, prefilled with the reserved breathalyser.
  await edit.getByRole('button', { name: 'Cerrar con resultados' }).click();
  const form = edit.getByTestId('close-form');
  await expect(form.getByRole('heading', { name: 'Cerrar el operativo con resultados' })).toBeVisible();
  const test1 = form.getByRole('group', { name: 'Prueba 1' });
  await expect(test1.getByLabel('Alcoholímetro (serie)')).toHaveValue(device.id);
  await expect(test1.getByLabel('Verificación oficial')).not.toHaveValue('');
  await expect(test1.getByTestId('test-verdict')).toHaveAttribute('data-status', 'incomplete');

  // First driver: positive screening, retested under the limit → negative, shown as the values are typed.
  await test1.getByLabel('Hora de la prueba').fill(`${friday}T23:00`);
  await test1.getByLabel('DNI del conductor').fill('30.111.222');
  await test1.getByLabel('Licencia de conducir').fill('L-30111222');
  await test1.getByLabel('Dominio').fill('AB 123 CD');
  await test1.getByLabel('Primera medición (g/L)').fill('0,62');
  await expect(test1.getByTestId('test-verdict')).toHaveAttribute('data-status', 'retest_required');
  await expect(test1.getByTestId('test-verdict')).toContainText('Requiere retest');
  await test1.getByLabel('Hora del retest').fill(`${friday}T23:11`);
  await test1.getByLabel('Retest (g/L)').fill('0,31');
  await expect(test1.getByTestId('test-verdict')).toHaveAttribute('data-status', 'negative');
  await expect(test1.getByTestId('test-verdict')).toContainText('Negativo');
  await expect(test1.getByRole('button', { name: /Agregar acta/ })).toHaveCount(0);

  // Second driver: positive after the retest.
  await form.getByRole('button', { name: 'Agregar prueba' }).click();
  const test2 = form.getByRole('group', { name: 'Prueba 2' });
  await expect(test2.getByLabel('Alcoholímetro (serie)')).toHaveValue(device.id);
  await test2.getByLabel('Hora de la prueba').fill(`${friday}T23:20`);
  await test2.getByLabel('DNI del conductor').fill('28999888');
  await test2.getByLabel('Licencia de conducir').fill('L-28999888');
  await test2.getByLabel('Dominio').fill('AC456EF');
  await test2.getByLabel('Primera medición (g/L)').fill('0,95');
  await test2.getByLabel('Hora del retest').fill(`${friday}T23:30`);
  await test2.getByLabel('Retest (g/L)').fill('0,88');
  await expect(test2.getByTestId('test-verdict')).toHaveAttribute('data-status', 'positive');
  await expect(test2.getByTestId('test-verdict')).toContainText('Positivo');
  const measures = test2.getByRole('group', { name: 'Medidas' });
  await measures.getByLabel('Retención de licencia').check();
  await measures.getByLabel('Acta', { exact: true }).check();
  await form.getByLabel('Autotests anónimos').fill('14');
  expect(await seriousViolations(page, '[data-testid="operation-dialog"]')).toEqual([]);

  // The acta the form suggests for the positive test: prefilled from the row; name and article to complete.
  await test2.getByRole('button', { name: 'Agregar acta para la prueba 2' }).click();
  const finding = form.getByRole('group', { name: 'Hallazgo 1' });
  await expect(finding.getByLabel('Resultado')).toHaveValue('acta');
  await expect(finding.getByLabel('DNI del infractor')).toHaveValue('28999888');
  await expect(finding.getByLabel('Hora de la constatación')).toHaveValue(`${friday}T23:30`);
  await expect(finding.getByLabel('Lugar')).toHaveValue(ADDRESS);
  await expect(finding.getByLabel('Promotor que labra')).toHaveValue(operator.id);
  await expect(finding.getByLabel('Descripción')).toHaveValue(/0,88 g\/L/);
  await finding.getByLabel('Nombre y apellido').fill('Conductor de Prueba E2E');
  await finding.getByLabel('Artículo', { exact: true }).fill('1');

  // Hostile values: each refused next to its field, nothing saved.
  const reading = test2.getByLabel('Primera medición (g/L)');
  const testedAt = test2.getByLabel('Hora de la prueba');
  const comment = test1.getByLabel('Observaciones');
  await reading.fill('40');
  await testedAt.fill('3000-01-01T10:00');
  await comment.fill('x'.repeat(10 * 1024 * 1024));
  await expect(reading).toHaveAttribute('aria-invalid', 'true');
  expect(await messageOf(reading)).toBe('El valor debe estar entre 0 y 5 g/L.');
  expect(await messageOf(testedAt)).toBe('La fecha debe estar entre los años 2000 y 2100.');
  expect(await messageOf(comment)).toBe('El texto es demasiado largo (máximo 2.000 caracteres).');
  // The retest (23:30) is now before the test (year 3000): said too.
  expect(await messageOf(test2.getByLabel('Hora del retest'))).toBe('El retest debe ser posterior a la primera medición.');
  await expect(test2.getByTestId('test-verdict')).toHaveAttribute('data-status', 'incomplete');
  await form.getByTestId('close-submit').click();
  await expect(form.getByTestId('close-form-problems')).toHaveText('Revise los 4 campos marcados: no se guardó nada.');
  await expect(comment).toBeFocused();
  expect(await seriousViolations(page, '[data-testid="operation-dialog"]')).toEqual([]);
  const unchanged = (await callApi(page, host.url, 'operations.get', { id: operationId })) as {
    value: { operation: { status: string; details?: { result?: unknown } } };
  };
  expect(unchanged.value.operation.status).toBe('in_progress');
  expect(unchanged.value.operation.details?.result).toBeUndefined();

  // Fixed: closed; the dialog closes and the grid shows it closed.
  await comment.fill('');
  await testedAt.fill(`${friday}T23:20`);
  await reading.fill('0,95');
  await expect(test2.getByTestId('test-verdict')).toHaveAttribute('data-status', 'positive');
  await expect(form.getByTestId('close-form-problems')).toHaveCount(0);
  await form.getByTestId('close-submit').click();
  await expect(operationDialog(page)).toHaveCount(0);
  await expect(page.getByTestId('operation-saved')).toContainText('Operativo cerrado');
  await expect(row.locator('[col-id="status"]')).toHaveText('Cerrado');

  // The court clerk finds the acta among the Tribunal's cases — by the offender's DNI as people type it, and by
  // name without accents — and opens it: the acta as the promoter wrote it, not yet an expediente.
  await useDemoAccount(page, host.url, dataDir, 'court_clerk');
  await page.getByRole('tab', { name: 'Tribunal' }).click();
  const court = page.getByTestId('court-workspace');
  await court.getByTestId('court-tab-cases').click();
  const cases = court.getByTestId('court-cases');
  const search = court.getByTestId('court-search');
  await expect(cases.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 }); // the demo court's cases
  await search.fill('28.999.888');
  const caseRow = cases.locator('tbody tr').filter({ hasText: 'Conductor de Prueba E2E (DNI 28999888)' });
  await expect(caseRow).toHaveCount(1, { timeout: 30_000 });
  await expect(cases.locator('tbody tr')).toHaveCount(1);
  await expect(court.getByTestId('court-count')).toHaveText(/^1 expediente de \d+$/);
  await expect(caseRow.locator('td')).toHaveText([
    'Sin número',
    'Acta',
    'Entrante',
    'Conductor de Prueba E2E (DNI 28999888)',
    'Alcoholemia (Ord. 10.216), Art. 1',
    `Nueva Córdoba ${ADDRESS}`,
    'Sin asignar',
    '—',
    '',
  ]);
  await search.fill('conductor de prueba e2e');
  await expect(cases.locator('tbody tr')).toHaveCount(1);
  await expect(cases.locator('tbody tr')).toContainText('28999888');
  expect(await seriousViolations(page, '#court-panel-cases')).toEqual([]);

  await caseRow.getByRole('button', { name: 'Abrir Sin número: Conductor de Prueba E2E (DNI 28999888)' }).click();
  const view = court.getByTestId('case-view');
  await expect(view.getByTestId('case-title')).toHaveText('Acta recibida (Conductor de Prueba E2E (DNI 28999888))');
  await expect(view.getByTestId('case-status')).toHaveAttribute('data-status', 'incoming');
  await expect(view.getByTestId('case-court')).toHaveText('Se asigna al abrir el expediente.');
  const acta = view.getByTestId('case-acta');
  await expect(acta).toContainText(`${friday.split('-').reverse().join('/')}, 23:30`); // Constatada el
  await expect(acta).toContainText('0,88 g/L');
  await expect(acta).toContainText(`Medición: ${device.id}`);
  await expect(acta).toContainText(`${operator.name} · ${operator.id}`);
  await expect(acta).toContainText(`Control de alcoholemia · ${operationId.slice(0, 8)}`);
  await expect(acta).toContainText(`${ADDRESS} (Nueva Córdoba)`);
  await expect(view.getByTestId('case-action-open')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="case-view"]')).toEqual([]);
});
