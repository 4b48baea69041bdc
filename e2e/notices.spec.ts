// Issue 14's notice follow-up in browser mode against the embedded demo hub: a coordinator closes a vacant-lot
// inspection from the closing form with a notice on the lot (by its cadastral id, with its antecedentes shown) and a
// warning that must say who was warned; finds the notice in Planificación → Emplazamientos; records its notification,
// dated five days back (a date in the future is refused first), which shows the deadline before saving; sees the
// re-inspection the hub planned in the operations grid and among the week's due re-inspections; records «No cumplió»
// (before the deadline only the owner's compliance is offered); and the court clerk receives the acta as an incoming
// case — while the follow-up itself is not the court's. axe on the panel, both dialogs and the closing form.
import { expect, test, type Page } from '@playwright/test';
import { addDaysIso } from '../src/shared/settings/iso-date.ts';
import { cordobaIsoDate } from '../src/shared/time/cordoba.ts';
import { expectAccessible } from './support/axe.ts';
import { esDate } from './support/court-desk.ts';
import { callApi, openConsole } from './support/console-page.ts';
import { operationInProgress } from './support/operation-api.ts';
import { gridRowByAddress, operationDialog, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const run = perTest();

const DAY = 86_400_000;
const ADDRESS = 'Baldío E2E Jerónimo L. de Cabrera 1450';
const CADASTRAL = '99-E2E-045-017';
/** A Córdoba date-time input's value (Córdoba keeps UTC−3 all year). */
const local = (ms: number) => new Date(ms - 3 * 3_600_000).toISOString().slice(0, 16);

/** A vacant-lot inspection eight days ago, staffed with one promoter and in progress (through the API). */
async function inspectionInProgress(page: Page, hostUrl: string, inspected: number): Promise<void> {
  const plan = {
    type: 'vacant_lot',
    barrio: 'Alta Córdoba',
    address: ADDRESS,
    plannedStart: inspected,
    plannedEnd: inspected + 2 * 3_600_000,
    shift: 'morning',
    team: 'Baldíos Norte',
  };
  await operationInProgress(page, hostUrl, plan, (people) => people[0]!);
}

test('a vacant lot’s notice: notified, re-inspected after its deadline, and its acta at the court desk', async ({ page }) => {
  test.setTimeout(420_000);
  const dataDir = run.tempDir('convivencia-notices-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  const inspected = Date.now() - 8 * DAY;
  await inspectionInProgress(page, host.url, inspected);

  // Close it with results: the lot's notice, and a warning that must say who was warned.
  const row = await gridRowByAddress(page, ADDRESS);
  await row.locator('[col-id="address"]').dblclick();
  const dialog = operationDialog(page);
  await dialog.getByRole('button', { name: 'Cerrar con resultados' }).click();
  const form = dialog.getByTestId('close-form');
  await form.getByLabel('Nomenclatura catastral').fill(CADASTRAL);
  await form.getByLabel('Superficie (m²)').fill('450');

  await form.getByRole('button', { name: 'Agregar hallazgo' }).click();
  const notice = form.getByRole('group', { name: 'Hallazgo 1' });
  await notice.getByLabel('Resultado').selectOption('notice');
  await notice.getByLabel('Infractor', { exact: true }).selectOption('property');
  await notice.getByLabel('Nomenclatura catastral').fill(CADASTRAL.replaceAll('-', '.'));
  await expect(notice.getByTestId('antecedentes-suggestion')).toHaveText('Primera vez: corresponde advertencia.', { timeout: 15_000 });
  await expect(notice.getByTestId('antecedentes-counts')).toHaveText('Advertencias: 0 · Emplazamientos: 0 · Actas: 0 · Expedientes: 0');
  await notice.getByLabel('Domicilio del inmueble').fill(ADDRESS);
  await notice.getByLabel('Artículo', { exact: true }).fill('208');
  await notice.getByLabel('Plazo hasta').fill(local(inspected + 3 * DAY));
  await notice.getByLabel('Descripción').fill('Malezas de más de un metro y residuos acumulados.');

  await form.getByRole('button', { name: 'Agregar hallazgo' }).click();
  const warning = form.getByRole('group', { name: 'Hallazgo 2' });
  await expect(warning.getByLabel('Resultado')).toHaveValue('warning');
  await form.getByTestId('close-submit').click();
  await expect(form.getByTestId('close-form-problems')).toHaveText('Revise los 2 campos marcados: no se guardó nada.');
  await expect(warning.getByLabel('DNI del advertido')).toBeFocused();
  await warning.getByLabel('DNI del advertido').fill('41.999.517');
  await expect(warning.getByTestId('antecedentes-suggestion')).toHaveText('Primera vez: corresponde advertencia.', { timeout: 15_000 });
  await warning.getByLabel('Nombre y apellido').fill('Vecina de Prueba E2E');
  await expectAccessible(page, '[data-testid="operation-dialog"]');
  await form.getByTestId('close-submit').click();
  await expect(operationDialog(page)).toHaveCount(0);
  await expect(page.getByTestId('operation-saved')).toContainText('Operativo cerrado');

  // Planificación → Emplazamientos: the hub made the notice's follow-up, to notify.
  await page.getByRole('tab', { name: 'Emplazamientos' }).click();
  const panel = page.getByTestId('notices-view');
  await panel.getByTestId('notices-search').fill(CADASTRAL);
  const noticeRow = panel.getByTestId('notice-row').filter({ hasText: ADDRESS });
  await expect(noticeRow).toHaveAttribute('data-stage', 'to_notify', { timeout: 30_000 });
  await expect(noticeRow).toContainText('Por notificar');
  await expectAccessible(page, '[data-testid="notices-view"]');

  // «Registrar notificación»: a date in the future is refused; five days ago shows its deadline before saving.
  await noticeRow.getByTestId('notice-notify').click();
  const notify = page.getByTestId('notice-notify-dialog');
  await notify.getByRole('radio', { name: 'En el domicilio' }).check();
  const notifiedAt = notify.getByLabel('Fecha y hora de la notificación');
  await notifiedAt.fill(local(Date.now() + DAY));
  await notify.getByTestId('notice-notify-dialog-submit').click();
  await expect(notifiedAt).toHaveAttribute('aria-invalid', 'true');
  await expect(notify.locator('.form-field__error')).toHaveText('No puede ser posterior a ahora.');
  await expect(notifiedAt).toBeFocused();
  const notifiedMs = Date.now() - 5 * DAY;
  await notifiedAt.fill(local(notifiedMs));
  const lastDay = addDaysIso(cordobaIsoDate(notifiedMs), 3);
  await expect(notify.getByTestId('notify-preview')).toContainText(`Plazo: hasta el ${esDate(lastDay)} inclusive.`);
  await expect(notify.getByTestId('notify-preview')).toContainText(`Re-inspección planificada para el ${esDate(addDaysIso(lastDay, 1))}`);
  await expect(notify.getByTestId('notify-wording')).toContainText('Redacción');
  await expectAccessible(page, '[data-testid="notice-notify-dialog"]');
  await notify.getByTestId('notice-notify-dialog-submit').click();
  await expect(notify).toHaveCount(0);
  await expect(panel.getByTestId('notices-done')).toContainText('Notificación registrada.');
  await expect(noticeRow).toHaveAttribute('data-stage', 'to_reinspect');
  // The re-inspection the hub planned, once it is back: in the row and among the week's due ones.
  await expect(noticeRow.getByTestId('notice-reinspection')).toContainText('Planificado', { timeout: 30_000 });
  await expect(panel.getByTestId('notices-due-week')).toHaveText(/re-inspecci(ón vence|ones vencen) esta semana/);
  await panel.getByTestId('notices-due-week').click();
  await expect(noticeRow).toBeVisible();

  // It is an operation like any other: in the grid, planned, at the lot.
  await page.getByRole('tab', { name: 'Operativos' }).click();
  await page.getByLabel('Buscar dirección').fill(ADDRESS);
  await expect(page.locator('.operations-grid [role="row"]').filter({ hasText: ADDRESS }).filter({ hasText: 'Planificado' })).toHaveCount(
    1,
  );

  // «Resultado de la re-inspección»: before the deadline only the owner's compliance; after it, «No cumplió» → acta.
  await page.getByRole('tab', { name: 'Emplazamientos' }).click();
  await noticeRow.getByTestId('notice-reinspect').click();
  const reinspect = page.getByTestId('notice-reinspect-dialog');
  const visit = reinspect.getByLabel('Fecha y hora de la re-inspección');
  await visit.fill(local(notifiedMs + DAY));
  await expect(reinspect.getByRole('radio', { name: /No cumplió/ })).toBeDisabled();
  await expect(reinspect.getByRole('radio', { name: /Cumplió el propietario/ })).toBeEnabled();
  await expect(reinspect.getByTestId('reinspect-outcome')).toContainText(`El plazo vence el ${esDate(lastDay)}`);
  await visit.fill(local(Date.now() - 60_000));
  await reinspect.getByRole('radio', { name: /No cumplió/ }).check();
  await reinspect.getByLabel('Observaciones').fill('Sigue con malezas y residuos.');
  await expectAccessible(page, '[data-testid="notice-reinspect-dialog"]');
  await reinspect.getByTestId('notice-reinspect-dialog-submit').click();
  await expect(reinspect).toHaveCount(0);
  await expect(panel.getByTestId('notices-done')).toContainText('el acta va al Tribunal de Faltas');
  await panel.getByRole('radio', { name: /^Todos/ }).check();
  await expect(noticeRow).toHaveAttribute('data-stage', 'not_complied');

  // The court clerk receives the acta as an incoming case (once the clerk's first sync has brought it); the
  // follow-up is not the court's.
  await useDemoAccount(page, host.url, dataDir, 'court_clerk');
  await expect
    .poll(
      async () => {
        const answer = (await callApi(page, host.url, 'court.cases', {})) as {
          value?: { cases: { case: { record: { place: { address: string } } } }[] };
        };
        return answer.value?.cases.some((c) => c.case.record.place.address === ADDRESS) ?? false;
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  await page.getByRole('tab', { name: 'Planificación' }).click();
  await page.getByRole('tab', { name: 'Emplazamientos' }).click();
  await expect(page.getByTestId('notices-forbidden')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Tribunal' }).click();
  const court = page.getByTestId('court-workspace');
  await court.getByTestId('court-tab-cases').click();
  const caseRow = court.getByTestId('court-cases').locator('tbody tr').filter({ hasText: ADDRESS });
  await expect(caseRow).toHaveCount(1, { timeout: 30_000 });
  await expect(caseRow).toContainText('Entrante');
});
