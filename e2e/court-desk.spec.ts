// Issue 11's scenario in browser mode, against the real host and its embedded demo hub: the acta of last night's
// alcohol checkpoint becomes an expediente at the Tribunal de Faltas and goes all the way through the court desk.
// The checkpoint is planned and closed through the console's API (its UI path is checkpoint-to-court.spec.ts);
// everything court-side is done in the Tribunal workspace as the demo court clerk ("mesa") and the demo judge
// ("juez"): open the case, notify it (the term and the voluntary-payment offer shown), file a descargo (the offer
// lost), schedule the hearing for today (seen in Hoy and in the Agenda), record it with the offender present — the
// draft survives a page reload — with a fine in UEM, have the judge sign it (the clerk cannot), print the acta de
// audiencia and read the PDF back with pdftotext, and check the case's audit chain. Then the console's cache is
// tampered with on disk: the restarted console (no hub to resend anything) and `npm run audit:verify` both name
// the broken entry. axe checks every screen and dialog on the way.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { auditEntryId } from '../src/shared/audit/audit-entry.ts';
import { expectAccessible } from './support/axe.ts';
import { api, callApi, openConsole } from './support/console-page.ts';
import {
  cordobaAt,
  cordobaDayPlus,
  cordobaToday,
  courtWorkspace,
  esDate,
  openCaseFromList,
  openCourtView,
  pdfText,
  runAuditVerify,
  tamperAuditEntry,
} from './support/court-desk.ts';
import { operationInProgress, type RosterPerson } from './support/operation-api.ts';
import { allSynced, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const run = perTest();

const OFFENDER = { name: 'Nahuel Quiroga E2E', dni: '31555777', dniTyped: '31.555.777' };
const ADDRESS = 'Bv. Illia E2E 350';
const FINE_UEM = '200';
const JUDGE = 'Dr. Ricardo Molina';
const STATEMENT_START = 'Reconozco que había tomado dos cervezas';
const STATEMENT_END = ' y pido que se tenga en cuenta que es la primera vez.';

interface CaseDetailAnswer {
  readonly detail: {
    readonly case: { readonly id: string; readonly courtId: string | null; readonly number: string | null };
    readonly term: { readonly state: string; readonly due: string; readonly businessDaysLeft?: number } | null;
  } | null;
}

/** Closes the checkpoint of last night (22:00–04:00) through the console's API, with one positive driver and its acta. */
async function closeLastNightsCheckpoint(page: Page, hostUrl: string, today: string): Promise<{ actaId: string; promoter: RosterPerson }> {
  const yesterday = cordobaDayPlus(today, -1);
  const start = cordobaAt(yesterday, '22:00');
  const plan = {
    type: 'alcohol_test',
    barrio: 'Nueva Córdoba',
    address: ADDRESS,
    plannedStart: start,
    plannedEnd: start + 6 * 3_600_000,
    shift: 'night',
    team: 'Conducción Responsable',
  };
  const operation = await operationInProgress(page, hostUrl, plan);
  // The acta's author: an operator of the roster, whose name the court desk then reads on the case.
  const operator = operation.people.find((p) => p.qualifications.includes('alcohol_test_operator')) ?? operation.people[0]!;

  const testedAt = start + 60 * 60_000;
  const retestAt = testedAt + 11 * 60_000;
  const positive = {
    testedAt,
    jurisdiction: 'city',
    driverDni: OFFENDER.dni,
    licenceNumber: `L-${OFFENDER.dni}`,
    plate: 'AD 777 QN',
    deviceSerial: 'ALC-0001',
    deviceVerifiedOn: cordobaDayPlus(today, -90),
    firstReadingGL: 0.97,
    retest: { at: retestAt, readingGL: 0.91 },
    actions: ['licence_retained', 'acta'],
  };
  const actaId = crypto.randomUUID();
  const findings = [
    {
      id: actaId,
      finding: {
        outcome: 'acta',
        record: {
          kind: 'acta',
          offender: { kind: 'person', dni: OFFENDER.dni, fullName: OFFENDER.name },
          legalBasis: { norm: 'ord_10216', article: 1 },
          place: { address: ADDRESS, lat: -31.4245, lng: -64.1862 },
          occurredAt: retestAt,
          description: 'Alcoholemia positiva: 0,91 g/L en el retest (ALC-0001).',
          evidence: [{ kind: 'reading', ref: 'ALC-0001 #2' }],
          promoterId: operator.id,
        },
      },
    },
  ];
  const closed = await api<{ operation: { status: string } }>(page, hostUrl, 'operations.close', {
    id: operation.id,
    result: { tests: [positive], selfTests: 6 },
    findings,
  });
  expect(closed.operation.status).toBe('closed');
  return { actaId, promoter: operator };
}

test('an alcohol acta goes through the court desk: case, notification, descargo, hearing, signature, PDF and audit', async ({ page }) => {
  test.setTimeout(420_000);
  const dataDir = run.tempDir('convivencia-court-desk-');
  const downloads = run.tempDir('convivencia-court-pdf-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  const today = cordobaToday();
  let caseId = '';
  let caseNumber = '';
  let hearingId = '';
  let promoter: RosterPerson | null = null;

  await test.step('a coordinator closes last night’s checkpoint with an acta (API)', async () => {
    await openConsole(page, host.url);
    await useDemoAccount(page, host.url, dataDir, 'coordinator');
    const closed = await closeLastNightsCheckpoint(page, host.url, today);
    caseId = closed.actaId;
    promoter = closed.promoter;
    await allSynced(page);
  });

  const court = courtWorkspace(page);
  const view = court.getByTestId('case-view');

  await test.step('the clerk finds the acta and opens the expediente: it gets its TF number', async () => {
    await useDemoAccount(page, host.url, dataDir, 'court_clerk');
    const list = await openCourtView(page, 'cases');
    await expect(list.getByTestId('court-cases').locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, '#court-panel-cases');
    const found = await openCaseFromList(page, OFFENDER.dniTyped);
    await expect(found).toHaveAttribute('data-case-id', caseId);
    await expect(view.getByTestId('case-title')).toHaveText(`Acta recibida (${OFFENDER.name} (DNI ${OFFENDER.dni}))`);
    await expect(view.getByTestId('case-status')).toHaveAttribute('data-status', 'incoming');
    await expect(view.getByTestId('case-acta')).toContainText('0,91 g/L');
    await expect(view.getByTestId('case-acta')).toContainText(`${promoter!.name} · ${promoter!.id}`);
    await expectAccessible(page, '[data-testid="case-view"]');

    await view.getByTestId('case-action-open').click();
    const dialog = page.getByTestId('case-dialog-open');
    await expect(dialog.getByRole('heading', { name: 'Abrir el expediente' })).toBeVisible();
    await expectAccessible(page, '[data-testid="case-dialog-open"]');
    await dialog.getByTestId('case-action-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(view.getByTestId('case-saved')).toContainText('Expediente abierto.');
    // The console's provisional number first, then the hub's: TF-YYYY-NNNNNN.
    await expect(view.getByTestId('case-title')).toHaveText(new RegExp(`^Expediente TF-${today.slice(0, 4)}-\\d{6}$`), { timeout: 30_000 });
    caseNumber = (await view.getByTestId('case-title').textContent())!.replace('Expediente ', '');
    await expect(view.getByTestId('case-status')).toHaveAttribute('data-status', 'opened');
    await expect(view.getByTestId('case-court')).not.toHaveText('Sin juzgado asignado');
    await allSynced(page);
  });

  await test.step('notified by CiDi today with an offer in UEM: the term and the voluntary payment are shown', async () => {
    await view.getByTestId('case-action-notify').click();
    const dialog = page.getByTestId('case-dialog-notify');
    await expect(dialog.getByRole('heading', { name: 'Registrar la notificación' })).toBeVisible();
    await dialog.getByTestId('notify-channel').selectOption('cidi');
    await dialog.getByTestId('notify-date').fill(today);
    await dialog.getByTestId('notify-uem').fill(FINE_UEM);
    await expectAccessible(page, '[data-testid="case-dialog-notify"]');
    await dialog.getByTestId('case-action-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(view.getByTestId('case-saved')).toContainText('Notificación registrada.');
    await expect(view.getByTestId('case-notification')).toHaveText(`CiDi (Ciudadano Digital), el ${esDate(today)}`);

    const { detail } = await api<CaseDetailAnswer>(page, host.url, 'court.case', { id: caseId });
    const term = detail!.term!;
    expect(term.state).toBe('open');
    const days = term.businessDaysLeft!;
    await expect(view.getByTestId('case-term')).toHaveText(
      `Vence el ${esDate(term.due)}, ${days === 1 ? 'falta 1 día hábil' : `faltan ${days} días hábiles`}`,
    );
    await expect(view.getByTestId('case-offer')).toContainText(
      new RegExp(
        `^Pago voluntario con \\d+ % de descuento: \\$ [\\d.]+,\\d\\d en lugar de \\$ [\\d.]+,\\d\\d, hasta el ${esDate(term.due)}`,
      ),
    );
    await expect(view.getByTestId('case-offer')).toContainText(`Multa ofrecida: ${FINE_UEM} UEM`);
    await expect(view.getByTestId('case-action-payVoluntarily')).toBeVisible();
  });

  await test.step('a descargo is filed: the discount is lost', async () => {
    await view.getByTestId('case-action-fileDefence').click();
    const dialog = page.getByTestId('case-dialog-defence');
    await expect(dialog.getByRole('heading', { name: 'Registrar el descargo' })).toBeVisible();
    await dialog.getByTestId('defence-statement').fill('Pido audiencia: el alcoholímetro no me fue mostrado antes de la prueba.');
    await expectAccessible(page, '[data-testid="case-dialog-defence"]');
    await dialog.getByTestId('case-action-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(view.getByTestId('case-saved')).toContainText('Descargo registrado.');
    await expect(view.getByTestId('case-offer')).toContainText('Sin descuento: se perdió al presentar el descargo.');
    await expect(view.getByTestId('case-defence')).toContainText(`Presentado el ${esDate(today)}`);
    await expect(view.getByTestId('case-status')).toHaveAttribute('data-status', 'defence_filed');
    await expect(view.getByTestId('case-action-payVoluntarily')).toHaveCount(0);
  });

  await test.step('the hearing is scheduled for today in a free slot, and shows in Hoy and in the Agenda', async () => {
    await view.getByTestId('case-action-scheduleHearing').click();
    const dialog = page.getByTestId('schedule-dialog');
    await expect(dialog.getByTestId('schedule-case')).toHaveText(`${caseNumber} — ${OFFENDER.name}`);
    // The form proposes the day after the defence term; the desk books today instead, which it says is early.
    await dialog.getByLabel('Fecha', { exact: true }).fill(today);
    await expect(dialog.getByTestId('hearing-conflicts')).toContainText('Antes del vencimiento del plazo de descargo');
    const time = dialog.getByTestId('schedule-time');
    await expect(time).not.toHaveValue('');
    const slot = await time.inputValue();
    await expect(time.locator('option:checked')).toHaveText(slot); // a free slot: not "(sala ocupada)"
    await time.selectOption(slot);
    await dialog.getByTestId('schedule-judge').fill(JUDGE);
    await expectAccessible(page, '[data-testid="schedule-dialog"]');
    await dialog.getByTestId('schedule-save').click();
    await expect(dialog).toHaveCount(0);
    await expect(view.getByTestId('case-status')).toHaveAttribute('data-status', 'hearing_scheduled');
    const row = view.getByTestId('case-hearings').locator('tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${esDate(today)}, ${slot}`);
    await expect(row).toContainText('Programada');
    hearingId = (await row.getAttribute('data-hearing-id'))!;
    await allSynced(page);

    const todayView = await openCourtView(page, 'today');
    const todayRow = todayView.locator(`[data-testid="today-hearing"][data-hearing-id="${hearingId}"]`);
    await expect(todayRow).toContainText(caseNumber);
    await expect(todayRow).toContainText(OFFENDER.name);
    await expect(todayRow).toContainText(JUDGE);
    await expect(todayRow).toContainText('Programada');
    await expectAccessible(page, '#court-panel-today');

    const agenda = await openCourtView(page, 'calendar');
    const { detail } = await api<CaseDetailAnswer>(page, host.url, 'court.case', { id: caseId });
    await agenda.getByLabel('Juzgado', { exact: true }).selectOption(detail!.case.courtId!);
    const card = agenda.locator(`[data-testid="calendar-hearing"][data-hearing-id="${hearingId}"]`);
    await expect(card).toContainText(caseNumber);
    await expect(card).toContainText(slot);
    await expectAccessible(page, '[data-testid="hearing-calendar"]');
  });

  const record = page.getByTestId('hearing-record');

  await test.step('the clerk records it with the offender present; a reload mid-typing restores the draft', async () => {
    // Opened from the Agenda with a click (the card takes focus and its actions appear below the grid, so the grid
    // does not move under the pointer) into the hearing record panel, prefilled from the case.
    const card = courtWorkspace(page).locator(`[data-testid="calendar-hearing"][data-hearing-id="${hearingId}"]`);
    await card.click();
    await expect(record.getByRole('heading', { name: `Acta de audiencia — ${caseNumber}` })).toBeVisible();
    const offender = record.getByTestId('record-party').first();
    await expect(offender.getByLabel('Nombre y apellido')).toHaveValue(OFFENDER.name);
    await expect(offender.getByLabel('DNI', { exact: true })).toHaveValue(OFFENDER.dni);
    await offender.getByLabel('Asistencia').selectOption('present');
    await expect(record.getByLabel('Se verificó la identidad con el documento exhibido')).toBeChecked();
    await record.getByLabel('Documento', { exact: true }).selectOption('dni');
    await record.getByLabel('Número', { exact: true }).fill(OFFENDER.dni);
    await record.getByRole('combobox', { name: 'Descargo', exact: true }).selectOption('given');
    const statement = record.getByLabel('Lo que manifiesta');
    await statement.fill('');
    await statement.pressSequentially(STATEMENT_START);
    await expectAccessible(page, '[data-testid="hearing-record"]');

    // The draft reaches the cache as it is typed; then the page goes away mid-typing.
    await expect
      .poll(
        async () => {
          const { draft } = await api<{ draft: { statement?: { text?: string } } | null }>(page, host.url, 'court.draft.get', {
            hearingId,
          });
          return draft?.statement?.text ?? null;
        },
        { timeout: 15_000 },
      )
      .toBe(STATEMENT_START);
    await page.reload();
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
    const todayView = await openCourtView(page, 'today');
    await todayView.locator(`[data-testid="today-hearing"][data-hearing-id="${hearingId}"]`).getByTestId('today-open-record').click();
    await expect(record.getByTestId('draft-restored')).toContainText(/^Borrador recuperado del \d\d\/\d\d \d\d:\d\d\./);
    await expect(record.getByLabel('Lo que manifiesta')).toHaveValue(STATEMENT_START);
    await expect(record.getByLabel('Número', { exact: true })).toHaveValue(OFFENDER.dni);
    await record.getByLabel('Lo que manifiesta').press('End');
    await record.getByLabel('Lo que manifiesta').pressSequentially(STATEMENT_END);

    // The resolution: a fine in UEM on the acta's article (prefilled), with a payment deadline and the reasons.
    await record.getByTestId('record-measure-kind').selectOption('fine');
    await record.getByTestId('record-measure-add').click();
    await record.getByTestId('record-fine-uem').getByRole('textbox').fill(FINE_UEM);
    await expect(record.getByTestId('record-fine-amount')).toContainText(`${FINE_UEM} UEM ×`);
    await record.getByLabel('Pagar hasta').fill(cordobaDayPlus(today, 30));
    const basis = record.getByTestId('record-legal-basis');
    await expect(basis.getByRole('combobox', { name: 'Norma' })).toHaveValue('ord_10216');
    await expect(basis.getByLabel('Artículo', { exact: true })).toHaveValue('1');
    await record.getByLabel('Fundamentos').fill('Alcoholemia positiva en el retest, con el alcoholímetro verificado; primera infracción.');
    await expectAccessible(page, '[data-testid="hearing-record"]');

    await expect(record.getByTestId('hearing-save')).toHaveText('Registrar audiencia');
    await record.getByTestId('hearing-save').click();
    await expect(record.getByTestId('hearing-record-outcome')).toContainText('Audiencia registrada.');
    await expect(record.getByTestId('hearing-record-form')).toHaveAttribute('data-status', 'held');
    await expect(record.getByTestId('draft-restored')).toHaveCount(0);
    // Signing is a judge's act: the clerk has no button, and the console refuses the change outright.
    await expect(record.getByTestId('hearing-sign')).toHaveCount(0);
    const refused = (await callApi(page, host.url, 'records.mutate', { mutation: { kind: 'hearing.sign', id: hearingId } })) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden' } });
    await allSynced(page);
    await record.getByRole('button', { name: 'Cerrar', exact: true }).click();
    await expect(record).toHaveCount(0);
  });

  await test.step('the judge signs the resolution and prints the acta de audiencia', async () => {
    await useDemoAccount(page, host.url, dataDir, 'judge');
    const todayView = await openCourtView(page, 'today');
    const row = todayView.locator(`[data-testid="today-hearing"][data-hearing-id="${hearingId}"]`);
    await expect(row).toContainText('Celebrada');
    await row.getByTestId('today-open-record').click();
    await expect(record.getByTestId('hearing-record-form')).toHaveAttribute('data-status', 'held');
    const sign = record.getByTestId('hearing-sign');
    await expect(sign).toBeEnabled();
    await sign.click();
    await record.getByTestId('hearing-sign-confirm').click();
    await expect(record.getByTestId('hearing-record-outcome')).toContainText('Resolución firmada.');
    await expect(record.getByTestId('hearing-signed-by')).toContainText('Firmada por Ricardo Molina');
    await expect(record.getByTestId('hearing-sign')).toHaveCount(0);
    await allSynced(page);

    const button = record.locator('[data-testid="document-button"][data-document="hearing_record"]');
    await expect(button).toHaveText('Acta de audiencia (PDF)');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`acta-de-audiencia-${caseNumber}.pdf`);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    await expect(record.getByText(`Se descargó acta-de-audiencia-${caseNumber}.pdf.`)).toBeVisible();
    const text = pdfText(file);
    expect(text).toContain('ACTA DE AUDIENCIA');
    expect(text).toContain(caseNumber);
    expect(text).toContain(OFFENDER.name);
    expect(text).toContain(`MULTA de ${FINE_UEM} UEM`);
    expect(text).not.toContain('BORRADOR'); // signed: no draft stamp
    await test.info().attach('acta de audiencia', { path: file, contentType: 'application/pdf' });
    await record.getByRole('button', { name: 'Cerrar', exact: true }).click();
    await expect(record).toHaveCount(0);
  });

  const historyActions = [
    'Acta recibida del operativo',
    'Abrió el expediente',
    'Notificó',
    'Registró el descargo',
    'Programó la audiencia',
    'Registró la audiencia',
    'Firmó la resolución',
  ];

  await test.step('the case is resolved; "Verificar integridad" finds its chain intact and the history lists each step', async () => {
    await openCaseFromList(page, caseNumber);
    await expect(view.getByTestId('case-status')).toHaveAttribute('data-status', 'resolved');
    const history = view.getByTestId('case-history').locator('tbody tr');
    await expect(history.locator('td:nth-child(4)')).toHaveText(historyActions, { timeout: 30_000 });
    await expect(history.locator('td:nth-child(1)')).toHaveText(historyActions.map((_, i) => String(i + 1)));
    // Who did each step: the coordinator's closing, the clerk's desk work, the judge's signature.
    await expect(history.locator('td:nth-child(3)')).toHaveText(['coordinacion', 'mesa', 'mesa', 'mesa', 'mesa', 'mesa', 'juez']);
    await view.getByTestId('audit-verify').click();
    const result = view.getByTestId('audit-result');
    await expect(result).toHaveAttribute('data-intact', 'true');
    await expect(result).toHaveAttribute('role', 'status');
    await expect(result).toContainText(`Cadena íntegra: ${historyActions.length} entradas verificadas.`);
    await expectAccessible(page, '[data-testid="case-view"]');
  });

  await test.step('a cache edited on disk is reported by the console and by npm run audit:verify', async () => {
    await host.stop();
    // The second entry (the opening, by "mesa") now says someone else did it; its hash is left as it was.
    const entryId = auditEntryId(caseId, 2);
    tamperAuditEntry(dataDir, entryId, 'by', 'otra persona');

    const cli = await runAuditVerify(dataDir);
    expect(cli.code, cli.stdout + cli.stderr).toBe(1);
    expect(cli.stdout).toContain('ALTERADA: 1 de');
    expect(cli.stdout).toContain(`expediente ${caseId}: desde la entrada 2 (${entryId}) — la entrada fue modificada`);

    // The same data folder, with no hub: nothing arrives that could repair (or hide) the edited row.
    const again = run.track(await startHostProcess(['--data-dir', dataDir, '--no-hub']));
    await openConsole(page, again.url);
    await openCaseFromList(page, caseNumber);
    const history = view.getByTestId('case-history').locator('tbody tr');
    await expect(history).toHaveCount(historyActions.length);
    await expect(history.nth(1).locator('td').nth(2)).toHaveText('otra persona');
    await view.getByTestId('audit-verify').click();
    const result = view.getByTestId('audit-result');
    await expect(result).toHaveAttribute('data-intact', 'false');
    await expect(result).toHaveAttribute('role', 'alert');
    await expect(result).toContainText('La cadena está alterada desde la entrada 2 (modificada).');
    await expectAccessible(page, '[data-testid="case-view"]');
  });
});
