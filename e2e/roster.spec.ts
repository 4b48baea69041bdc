// The shift roster (Planificación → Turnos) as the demo coordinator, in browser mode against the embedded demo
// hub: a checkpoint created for next week shows its missing qualification and equipment at once; a qualified
// person assigned by keyboard and a valid breathalyser dragged onto the card clear them; the breathalyser whose
// verification lapsed brings an explained "fuera de calibración" conflict; a Thursday–Sunday recurring template
// creates four planned operations. The view and the template dialog are checked with axe. Operations move to
// another day by dragging their card onto a cell (the cell previews the new times and conflicts) and to another
// day and shift with "Mover…" by keyboard (Escape cancels).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cordobaInstant } from '../src/shared/time/cordoba.ts';
import { callApi, openConsole } from './support/console-page.ts';
import { useDemoAccount } from './support/operation-form.ts';
import { startHostProcess, type HostProcess } from './support/web-host-process.ts';
import { addDays, atHour, nextMonday } from './support/weeks.ts';

let host: HostProcess;
let dataDir: string;

// E2E_RENDERER_DIR: serve another build of the renderer than out/renderer (e.g. one made apart from `npm run build`).
const rendererArgs = process.env.E2E_RENDERER_DIR ? ['--renderer-dir', process.env.E2E_RENDERER_DIR] : [];

test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-roster-'));
  host = await startHostProcess(['--data-dir', dataDir, ...rendererArgs]);
});

test.afterEach(async () => {
  await host?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const ADDRESS = 'Control Turnos E2E';
const TEMPLATE_ADDRESS = 'Plantilla Turnos E2E';

const card = (page: Page, text: string): Locator => page.getByTestId('roster-card').filter({ hasText: text });
const cell = (page: Page, date: string, shift: string): Locator =>
  page.locator(`[data-testid="roster-cell"][data-date="${date}"][data-shift="${shift}"]`);
const HOUR = 3_600_000;

/** Creates an operation through the API (a draft) and returns its id. */
async function createOperation(page: Page, plan: Record<string, unknown>): Promise<string> {
  const created = (await callApi(page, host.url, 'operations.create', {
    plan: { barrio: 'Nueva Córdoba', team: 'Equipo Turnos', ...plan },
  })) as {
    ok: boolean;
    value: { operation: { id: string } };
  };
  expect(created.ok, JSON.stringify(created)).toBe(true);
  return created.value.operation.id;
}

/** The operation as the core has it now (from its roster week). */
async function operationInWeek(
  page: Page,
  date: string,
  id: string,
): Promise<{ plannedStart: number; plannedEnd: number; shift: string } | undefined> {
  const week = (await callApi(page, host.url, 'roster.week', { date })) as {
    value: { operations: { id: string; plannedStart: number; plannedEnd: number; shift: string }[] };
  };
  return week.value.operations.find((o) => o.id === id);
}

/** A drag held over its target, by mouse moves (no scrolling while dragging): the top left of each box. */
async function dragStart(page: Page, source: Locator): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const box = (await source.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
}

/**
 * The middle of what is on screen of `target`: its box cut by every scrolling ancestor's (a tall cell of the week
 * grid may be scrolled half out of view, and a point outside the grid's viewport is over something else).
 */
function visibleMiddle(target: Locator): Promise<{ x: number; y: number }> {
  return target.evaluate((element) => {
    let { left, top, right, bottom } = element.getBoundingClientRect();
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (!/auto|scroll|hidden/.test(`${style.overflowX} ${style.overflowY}`)) continue;
      const box = parent.getBoundingClientRect();
      [left, top, right, bottom] = [
        Math.max(left, box.left),
        Math.max(top, box.top),
        Math.min(right, box.right),
        Math.min(bottom, box.bottom),
      ];
    }
    return { x: (left + right) / 2, y: (top + bottom) / 2 };
  });
}

async function dragOver(page: Page, target: Locator): Promise<void> {
  const { x, y } = await visibleMiddle(target);
  // Chromium fires only dragenter when the element under the pointer changes, and dragover on the next update over
  // the same element: so move there (which also starts the drag), then move again to the very same point. (Two
  // nearby points can fall on two elements of a crowded cell, and then no dragover ever comes.)
  await page.mouse.move(x, y, { steps: 2 });
  await page.mouse.move(x, y);
}

async function openNextWeek(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Turnos' }).click();
  await expect(page.getByTestId('roster-week')).toContainText('Semana del');
  await page.getByRole('button', { name: 'Semana siguiente' }).click();
}
const conflictsOf = (page: Page, operationId: string): Locator =>
  page.locator(`[data-testid="roster-conflict"][data-operations~="${operationId}"]`);

test('assign by keyboard and by drag and drop; conflicts appear and clear at once; a recurring template plans four nights', async ({
  page,
}) => {
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');

  // A Conducción Responsable checkpoint next Thursday night, created through the API.
  const monday = nextMonday();
  const [y, m, d] = addDays(monday, 3).split('-').map(Number) as [number, number, number];
  const start = cordobaInstant(y, m, d, 22);
  const id = await createOperation(page, {
    type: 'alcohol_test',
    address: ADDRESS,
    plannedStart: start,
    plannedEnd: start + 4 * HOUR,
    shift: 'night',
  });

  // Turnos, next week: the card and its two conflicts, explained.
  await page.getByRole('tab', { name: 'Turnos' }).click();
  await expect(page.getByRole('tab', { name: 'Turnos' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('roster-week')).toContainText('Semana del');
  await page.getByRole('button', { name: 'Semana siguiente' }).click();
  const checkpoint = card(page, ADDRESS);
  await expect(checkpoint).toBeVisible();
  await expect(checkpoint.getByTestId('roster-card-conflicts')).toHaveText(/2 conflictos/);
  await expect(conflictsOf(page, id)).toHaveCount(2);
  await expect(conflictsOf(page, id).nth(0)).toHaveAttribute('data-kind', 'missing_qualification');
  await expect(conflictsOf(page, id).nth(0)).toContainText('Falta habilitación');
  await expect(conflictsOf(page, id).nth(0)).toContainText('nadie asignado es operador/a de alcoholímetro');
  await expect(conflictsOf(page, id).nth(1)).toContainText('falta asignar un alcoholímetro');
  await expect(page.getByTestId('roster-people').getByTestId('roster-person').first()).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="roster"]')).toEqual([]);

  // Keyboard: the card is chosen with Enter, a qualified person ticked with Space, then "Asignar".
  const select = checkpoint.getByRole('button', { name: /Control de alcoholemia/ });
  await select.focus();
  await page.keyboard.press('Enter');
  await expect(select).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Habilitación').selectOption({ label: 'Operador/a de alcoholímetro' });
  const operator = page.getByTestId('roster-people').getByTestId('roster-person').first();
  const operatorName = (await operator.locator('.roster-item__name').textContent())!.trim();
  await operator.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await expect(operator.getByRole('checkbox')).toBeChecked();
  await expect(page.getByTestId('roster-assign')).toContainText('1 elegido');
  await page.getByTestId('roster-assign-button').focus();
  await page.keyboard.press('Enter');
  await expect(checkpoint.getByTestId('roster-chip').filter({ hasText: operatorName })).toBeVisible();
  await expect(conflictsOf(page, id)).toHaveCount(1);
  await expect(conflictsOf(page, id)).toHaveAttribute('data-kind', 'missing_equipment');
  await expect(page.getByTestId('roster-message')).toContainText('Reserva guardada');

  // Drag and drop: a breathalyser in date onto the card; the drop is previewed, then the last conflict clears.
  const valid = page.locator('[data-testid="roster-resource"][data-id="alco-01"]');
  await expect(valid.getByTestId('roster-lapsed')).toHaveCount(0);
  await valid.dragTo(checkpoint);
  await expect(checkpoint.getByTestId('roster-chip').filter({ hasText: 'Alcoholímetro 1' })).toBeVisible();
  await expect(conflictsOf(page, id)).toHaveCount(0);
  await expect(checkpoint.getByTestId('roster-card-conflicts')).toHaveCount(0);
  await expect(checkpoint).toHaveAttribute('data-conflicts', '0');
  // The hub's view agrees (the core answers roster.week after the write).
  const week = (await callApi(page, host.url, 'roster.week', { date: monday })) as {
    value: {
      conflicts: { operationId?: string; operationIds?: string[] }[];
      operations: { id: string; details?: { assigned?: unknown } }[];
    };
  };
  expect(week.value.conflicts.filter((c) => c.operationId === id || c.operationIds?.includes(id))).toEqual([]);
  expect(week.value.operations.find((o) => o.id === id)?.details?.assigned).toEqual({
    people: [expect.any(String)],
    resources: ['alco-01'],
  });

  // The breathalyser whose verification lapsed: marked in the list, and assigning it is explained at once.
  const lapsed = page.locator('[data-testid="roster-resource"][data-id="alco-06"]');
  await expect(lapsed.getByTestId('roster-lapsed')).toHaveText(/Vencido/);
  await lapsed.dragTo(checkpoint);
  await expect(conflictsOf(page, id)).toHaveCount(1);
  await expect(conflictsOf(page, id)).toHaveAttribute('data-kind', 'equipment_out_of_calibration');
  await expect(conflictsOf(page, id)).toContainText('Fuera de calibración');
  await expect(conflictsOf(page, id)).toContainText(/Alcoholímetro 6: verificación vencida el \d{1,2}\/\d{1,2}\/\d{4}/);
  await expect(checkpoint.getByTestId('roster-card-conflicts')).toHaveText(/1 conflicto/);
  await expect(lapsed.locator('.roster-badge--conflict')).toContainText('1 conflicto');
  // "Ver operativo" takes the focus to the card.
  await conflictsOf(page, id).getByRole('button', { name: 'Ver operativo' }).click();
  await expect(select).toBeFocused();
  await expect(page.getByTestId('roster-conflicts')).toHaveAttribute('data-local', 'false');
  expect(await seriousViolations(page, '[data-testid="roster"]')).toEqual([]);

  // Removed with the chip's button: the conflict goes.
  await checkpoint.getByRole('button', { name: 'Quitar Alcoholímetro 6 de este operativo' }).click();
  await expect(conflictsOf(page, id)).toHaveCount(0);

  // A Thursday–Sunday template for the week: the dates are previewed, four planned operations are created.
  await page.getByRole('button', { name: 'Plantilla recurrente' }).click();
  const dialog = page.getByTestId('roster-template-dialog');
  await expect(dialog.getByRole('heading', { name: 'Plantilla recurrente' })).toBeVisible();
  await dialog.getByLabel('Tipo').selectOption({ label: 'Control de alcoholemia' });
  for (const day of ['jueves', 'viernes', 'sábado', 'domingo']) await dialog.getByLabel(day, { exact: true }).check();
  await dialog.getByLabel('Barrio').selectOption({ label: 'Nueva Córdoba' });
  await dialog.getByLabel('Lugar').fill(TEMPLATE_ADDRESS);
  await dialog.getByLabel('Equipo').fill('Conducción Responsable');
  await expect(dialog.getByLabel('Desde')).toHaveValue(monday);
  await expect(dialog.getByLabel('Hasta')).toHaveValue(addDays(monday, 6));
  await expect(dialog.getByTestId('roster-template-preview')).toContainText('Se generarán 4 operativos');
  expect(await seriousViolations(page, '[data-testid="roster-template-dialog"]')).toEqual([]);
  await dialog.getByTestId('roster-template-create').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('roster-message')).toContainText('4 operativos planificados creados.');
  await expect(card(page, TEMPLATE_ADDRESS)).toHaveCount(4);
  for (const c of await card(page, TEMPLATE_ADDRESS).all()) await expect(c).toContainText('Planificado');

  // Arrow keys walk the cards of a day: from the checkpoint down to the template's Thursday card.
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.roster-card__select:focus')).toHaveCount(1);
});

test('drag an operation card to another day: the cell previews times and conflicts, the operation moves', async ({ page }) => {
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  // Two education sessions of one person next week: Tuesday 09:00–11:00 and Thursday 09:00–13:00.
  const monday = nextMonday();
  const [tuesday, wednesday, thursday] = [1, 2, 3].map((n) => addDays(monday, n)) as [string, string, string];
  const moved = await createOperation(page, {
    type: 'education_session',
    address: 'Charla Mover E2E',
    plannedStart: atHour(tuesday, 9),
    plannedEnd: atHour(tuesday, 11),
    shift: 'morning',
  });
  const other = await createOperation(page, {
    type: 'education_session',
    address: 'Charla Fija E2E',
    plannedStart: atHour(thursday, 9),
    plannedEnd: atHour(thursday, 13),
    shift: 'morning',
  });
  for (const id of [moved, other]) {
    const assigned = (await callApi(page, host.url, 'operations.assign', { id, assigned: { people: ['prom-001'], resources: [] } })) as {
      ok: boolean;
    };
    expect(assigned.ok, JSON.stringify(assigned)).toBe(true);
  }

  await openNextWeek(page);
  const session = card(page, 'Charla Mover E2E');
  await expect(cell(page, tuesday, 'morning').getByTestId('roster-card').filter({ hasText: 'Charla Mover E2E' })).toBeVisible();
  await expect(session).toHaveAttribute('draggable', 'true');

  // Over Thursday morning the cell says the move would book the same person twice; over Wednesday, nothing new.
  await dragStart(page, session);
  await dragOver(page, cell(page, thursday, 'morning'));
  await expect(cell(page, thursday, 'morning').getByTestId('roster-move-preview')).toContainText('1 conflicto nuevo');
  await expect(cell(page, thursday, 'morning').getByTestId('roster-move-preview')).toContainText('se superponen 120 min');
  await dragOver(page, cell(page, wednesday, 'morning'));
  const preview = cell(page, wednesday, 'morning').getByTestId('roster-move-preview');
  await expect(preview).toContainText(/Nuevo horario: \S+ \d{1,2}\/\d{1,2} 09:00 – \S+ \d{1,2}\/\d{1,2} 11:00/);
  await expect(preview).toContainText('sin conflictos nuevos');
  // The preview pushes the cell's cards down: hover again, so the drop lands on what is under the pointer now.
  await dragOver(page, cell(page, wednesday, 'morning'));
  await page.mouse.up();

  // The card is in Wednesday's morning now, with the same times; the core has the new start and end.
  const there = cell(page, wednesday, 'morning').getByTestId('roster-card').filter({ hasText: 'Charla Mover E2E' });
  await expect(there).toBeVisible();
  await expect(there).toContainText('09:00–11:00');
  await expect(cell(page, tuesday, 'morning').getByTestId('roster-card').filter({ hasText: 'Charla Mover E2E' })).toHaveCount(0);
  await expect(page.getByTestId('roster-message')).toContainText('Operativo movido');
  await expect
    .poll(() => operationInWeek(page, monday, moved))
    .toMatchObject({ plannedStart: atHour(wednesday, 9), plannedEnd: atHour(wednesday, 11), shift: 'morning' });
  await expect(page.getByTestId('roster-conflicts')).toHaveAttribute('data-local', 'false');
});

test('move an operation by keyboard with "Mover…": Escape cancels, another shift starts at its start', async ({ page }) => {
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  // A Wednesday night checkpoint, 22:00–02:00.
  const monday = nextMonday();
  const [wednesday, friday] = [2, 4].map((n) => addDays(monday, n)) as [string, string];
  const [y, m, d] = wednesday.split('-').map(Number) as [number, number, number];
  const start = cordobaInstant(y, m, d, 22);
  const id = await createOperation(page, {
    type: 'noise_check',
    address: 'Ruidos Mover E2E',
    plannedStart: start,
    plannedEnd: start + 4 * HOUR,
    shift: 'night',
  });

  await openNextWeek(page);
  const noise = card(page, 'Ruidos Mover E2E');
  await expect(cell(page, wednesday, 'night').getByTestId('roster-card').filter({ hasText: 'Ruidos Mover E2E' })).toBeVisible();
  const select = noise.getByRole('button', { name: /Control de ruidos/ });
  await select.focus();
  await page.keyboard.press('Enter');
  await expect(select).toHaveAttribute('aria-pressed', 'true');

  // "Mover…" opens the dialog on the day; Escape closes it with nothing changed and the focus back on the card.
  const moveButton = noise.getByRole('button', { name: 'Mover…' });
  await moveButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('roster-move-dialog');
  await expect(dialog.getByRole('heading', { name: 'Mover operativo' })).toBeVisible();
  await expect(dialog.getByLabel('Día')).toBeFocused();
  await expect(dialog.getByTestId('roster-move-dialog-preview')).toContainText('Ya está en ese día y turno.');
  await expect(dialog.getByTestId('roster-move-submit')).toBeDisabled();
  expect(await seriousViolations(page, '[data-testid="roster-move-dialog"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(select).toBeFocused();
  expect((await operationInWeek(page, monday, id))?.plannedStart).toBe(start);

  // Again: Friday, afternoon shift → Friday 14:00–18:00 (its start, the same four hours).
  await noise.getByRole('button', { name: 'Mover…' }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Día').selectOption(friday);
  await dialog.getByLabel('Turno').selectOption('afternoon');
  await expect(dialog.getByTestId('roster-move-dialog-preview')).toContainText(
    /Nuevo horario: \S+ \d{1,2}\/\d{1,2} 14:00 – \S+ \d{1,2}\/\d{1,2} 18:00 · /,
  );
  await dialog.getByTestId('roster-move-submit').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const there = cell(page, friday, 'afternoon').getByTestId('roster-card').filter({ hasText: 'Ruidos Mover E2E' });
  await expect(there).toContainText('14:00–18:00');
  await expect(cell(page, wednesday, 'night').getByTestId('roster-card').filter({ hasText: 'Ruidos Mover E2E' })).toHaveCount(0);
  await expect(there.getByRole('button', { name: /Control de ruidos/ })).toBeFocused();
  const [fy, fm, fd] = friday.split('-').map(Number) as [number, number, number];
  await expect
    .poll(() => operationInWeek(page, monday, id))
    .toMatchObject({ plannedStart: cordobaInstant(fy, fm, fd, 14), plannedEnd: cordobaInstant(fy, fm, fd, 18), shift: 'afternoon' });
});
