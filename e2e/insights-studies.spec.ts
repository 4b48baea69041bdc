// Issue 14's studies in browser mode, against the real host and its embedded demo hub. An administrator defines a
// notice-wording trial through «Nueva prueba» (the form first refuses an empty send, field by field), then a
// vacant-lot inspection in the trial's barrio is closed with notices and each is notified inside the trial with the
// variant its seed gives (the console's API, as the notices desk would: notice.notify). The trial's report, live,
// counts them per wording and says the sample is too small to conclude; a before/after comparison of the campaign
// barrio renders with its observational label, and zone against zone refuses a barrio in both groups. The trial is
// stopped after a confirmation; a coordinator then reads trials and reports without the administrator's buttons.
// axe checks both panels and both dialogs on the way.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { variantFor } from '../src/shared/notices/trial-for.ts';
import type { NoticeTrial } from '../src/shared/records/notice-trial-schema.ts';
import { expectAccessible } from './support/axe.ts';
import { api, openConsole } from './support/console-page.ts';
import { cordobaDayPlus, cordobaToday, esDate } from './support/court-desk.ts';
import { allSynced, conflictBadge, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const run = perTest();

const BARRIO = 'Alta Córdoba';
const OTHER_BARRIO = 'General Paz';
const SEED = 'e2e-seed-0001';
const TRIAL_NAME = 'Baldíos: tono del emplazamiento (e2e)';
const NOTICES = 6;

/** Opens Indicadores on one of its views and returns that view's panel. */
async function openStudy(
  page: Page,
  tab: 'Comparaciones' | 'Pruebas de redacción',
  panel: 'compare-panel' | 'trials-panel',
): Promise<Locator> {
  await page.getByRole('tab', { name: 'Indicadores', exact: true }).click();
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const view = page.getByTestId(panel);
  await expect(view).toBeVisible({ timeout: 30_000 });
  return view;
}

/** Ticks barrios in a checklist (narrowing it first, as a person would in a long list). */
async function tickBarrios(checklist: Locator, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await checklist.getByRole('searchbox').fill(name);
    await checklist.getByRole('checkbox', { name, exact: true }).check();
  }
  await checklist.getByRole('searchbox').fill('');
}

/**
 * Closes a vacant-lot inspection in `barrio` (started an hour ago) with `count` notices, through the console's API;
 * returns the notices' ids (each notice's id is its finding's).
 */
async function closeInspectionWithNotices(page: Page, hostUrl: string, barrio: string, count: number): Promise<string[]> {
  const now = Date.now();
  const plannedStart = now - 60 * 60_000;
  const plan = {
    type: 'vacant_lot',
    barrio,
    address: 'Jerónimo Luis de Cabrera 900',
    plannedStart,
    plannedEnd: now + 60 * 60_000,
    shift: 'morning',
    team: 'Baldíos y veredas',
  };
  const { operation } = await api<{ operation: { id: string } }>(page, hostUrl, 'operations.create', { plan });
  for (const status of ['planned', 'reserved', 'in_progress'])
    await api(page, hostUrl, 'operations.setStatus', { id: operation.id, status });
  const occurredAt = now - 5 * 60_000;
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  const findings = ids.map((id, i) => ({
    id,
    finding: {
      outcome: 'notice',
      record: {
        kind: 'notice',
        offender: { kind: 'property', cadastralId: `04-05-012-${String(100 + i)}`, address: `Jerónimo Luis de Cabrera ${900 + i * 10}` },
        legalBasis: { norm: 'ord_12468', article: 208 },
        place: { address: `Jerónimo Luis de Cabrera ${900 + i * 10}`, lat: -31.3952, lng: -64.1796 },
        occurredAt,
        description: 'Terreno baldío con malezas altas y residuos.',
        evidence: [{ kind: 'photo', ref: `e2e-lot-${i}.jpg` }],
        promoterId: 'P-0001',
        deadline: occurredAt + 3 * 86_400_000,
      },
    },
  }));
  const result = {
    inspectedAt: occurredAt,
    kind: 'vacant_lot',
    origin: 'patrol',
    cadastralId: '04-05-012-100',
    owner: null,
    surfaceM2: 300,
    riskGrade: 'medium',
    photos: [{ kind: 'photo', ref: 'e2e-lot-0.jpg' }],
  };
  await api(page, hostUrl, 'operations.close', { id: operation.id, result, findings });
  return ids;
}

test('a notice-wording trial is defined, fed and reported; a campaign comparison is labelled observational', async ({ page }) => {
  test.setTimeout(600_000);
  const dataDir = run.tempDir('convivencia-insights-studies-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  const today = cordobaToday();
  let trial: NoticeTrial | null = null;

  await test.step('the administrator defines a trial through «Nueva prueba»', async () => {
    await openConsole(page, host.url);
    await useDemoAccount(page, host.url, dataDir, 'administrator');
    const trials = await openStudy(page, 'Pruebas de redacción', 'trials-panel');
    await expect(trials.getByRole('heading', { name: 'Pruebas de redacción' })).toBeVisible();

    await trials.getByTestId('trial-new').click();
    const dialog = page.getByTestId('trial-dialog');
    await expect(dialog.getByRole('heading', { name: 'Nueva prueba de redacción' })).toBeVisible();
    // The seed is drawn at random and shown, editable.
    await expect(dialog.getByTestId('trial-seed')).toHaveValue(/^[A-Za-z0-9_-]{16}$/);
    // Sent empty: nothing goes, every field says what it lacks.
    await dialog.getByTestId('trial-submit').click();
    await expect(dialog.getByRole('alert')).toContainText('campos para revisar');
    await expect(dialog.getByLabel('Nombre de la prueba')).toHaveAccessibleDescription('obligatorio');
    await expect(dialog.getByTestId('trial-barrios-error')).toHaveText('obligatorio');
    await expectAccessible(page, '[data-testid="trial-dialog"]');

    await dialog.getByLabel('Nombre de la prueba').fill(TRIAL_NAME);
    await dialog.getByTestId('trial-category').selectOption({ label: 'Baldíos y veredas' });
    await dialog.getByTestId('trial-variant-0-label').fill('Formal');
    await dialog
      .getByTestId('trial-variant-0-wording')
      .fill('Se lo emplaza a limpiar el terreno dentro del plazo, bajo apercibimiento de multa.');
    await dialog.getByTestId('trial-variant-1-label').fill('Vecinal');
    await dialog
      .getByTestId('trial-variant-1-wording')
      .fill('Sus vecinos cuentan con usted: limpie el terreno antes del plazo y evite la multa.');
    await tickBarrios(dialog.getByTestId('trial-barrios'), [BARRIO]);
    await expect(dialog.getByTestId('trial-start')).toHaveValue(today);
    // A start before today is refused next to the field, before anything is sent.
    await dialog.getByTestId('trial-start').fill(cordobaDayPlus(today, -1));
    await dialog.getByTestId('trial-submit').click();
    await expect(dialog.getByLabel('Empieza el')).toHaveAccessibleDescription('no puede ser anterior a hoy');
    await dialog.getByTestId('trial-start').fill(today);
    await dialog.getByTestId('trial-end').fill(cordobaDayPlus(today, 30));
    await dialog.getByTestId('trial-seed').fill(SEED);
    await dialog.getByTestId('trial-submit').click();
    await expect(dialog).toHaveCount(0);

    await expect(trials.getByTestId('trial-saved')).toContainText(`Prueba «${TRIAL_NAME}» definida.`);
    const row = trials.getByTestId('trial-row').filter({ hasText: TRIAL_NAME });
    await expect(row.getByTestId('trial-status')).toHaveAttribute('data-status', 'running');
    await expect(row.getByTestId('trial-status')).toHaveText('En curso');
    await expect(row).toContainText(`${esDate(today)} al ${esDate(cordobaDayPlus(today, 30))}`);
    const report = trials.getByTestId('trial-report');
    await expect(report.getByTestId('trial-balance')).toHaveText('Todavía no se notificó ningún emplazamiento dentro de la prueba.');
    await expect(report.getByTestId('trial-seed-value')).toHaveText(`Semilla: ${SEED}`);
    await allSynced(page);

    const { records } = await api<{ records: NoticeTrial[] }>(page, host.url, 'records.list', { entity: 'notice_trial' });
    trial = records.find((r) => r.definition.name === TRIAL_NAME) ?? null;
    expect(trial?.definition).toMatchObject({ category: 'vacant_lot', barrios: [BARRIO], start: today, seed: SEED });
    expect(trial?.definition.variants.map((v) => v.key)).toEqual(['a', 'b']);
  });

  await test.step('notices notified inside the trial are counted per wording; the sample is too small to conclude', async () => {
    const ids = await closeInspectionWithNotices(page, host.url, BARRIO, NOTICES);
    // The hub derives the notices when it accepts the closing; they come back with its changes.
    await allSynced(page);
    await expect(conflictBadge(page)).toHaveCount(0);
    await expect
      .poll(
        async () => {
          const { records } = await api<{ records: { id: string }[] }>(page, host.url, 'records.list', { entity: 'notice' });
          return ids.filter((id) => records.some((r) => r.id === id)).length;
        },
        { timeout: 60_000 },
      )
      .toBe(NOTICES);
    const expected: Record<string, number> = { a: 0, b: 0 };
    for (const id of ids) {
      const key = variantFor(trial!, id);
      expected[key]! += 1;
      const mutation = {
        kind: 'notice.notify',
        id,
        channel: 'in_person',
        notifiedAt: Date.now() - 1_000,
        reinspectionId: crypto.randomUUID(),
        variant: { trialId: trial!.id, key },
      };
      await api(page, host.url, 'records.mutate', { mutation });
    }

    const report = page.getByTestId('trial-report');
    for (const key of ['a', 'b']) {
      await expect(report.getByTestId(`trial-notified-${key}`)).toHaveText(String(expected[key]));
      // Deadlines run from today: none has passed, nothing is decided yet.
      await expect(report.getByTestId(`trial-decided-${key}`)).toHaveText('0');
      await expect(report.getByTestId(`trial-share-${key}`)).toHaveText('Ningún plazo venció todavía');
    }
    await expect(report.getByTestId('trial-variant-row-b')).toContainText('B — Vecinal');
    await expect(report.getByTestId('trial-too-small')).toHaveText(
      /^La muestra es demasiado chica para concluir \(mínimo \d+ por redacción\)\.$/,
    );
    await expect(report.getByTestId('trial-effect-b')).toHaveAttribute('data-adequacy', 'too_small');
    await expect(report.getByTestId('trial-effect-b')).toContainText('No se puede calcular');
    await expect(report.getByTestId('trial-balance')).toHaveText(
      /^El reparto (entre redacciones es el esperado|difiere de lo esperado: revisar) \(chi cuadrado = [\d,]+; p [=<] [\d,]+\)\.$/,
    );
    await expectAccessible(page, '[data-testid="trials-panel"]');
    await allSynced(page);
  });

  await test.step('a before/after comparison of the campaign barrio renders, labelled observational', async () => {
    const compare = await openStudy(page, 'Comparaciones', 'compare-panel');
    await expect(compare.getByTestId('compare-observational')).toHaveText(
      'Estudio observacional: los grupos no fueron asignados al azar; la diferencia es una asociación, no un efecto probado.',
    );
    await compare.getByTestId('compare-indicator').selectOption({ label: 'Cumplimiento sin sanción' });
    await compare.getByTestId('compare-design-before_after').check();
    await tickBarrios(compare.getByTestId('compare-barrios'), [BARRIO]);
    await expect(compare.getByTestId('compare-before-period')).toContainText('Se compara con el período del');
    await compare.getByTestId('compare-submit').click();
    const result = compare.getByTestId('compare-result');
    await expect(result).toBeVisible({ timeout: 30_000 });
    await expect(result.getByTestId('compare-group-a')).toContainText('Durante la campaña');
    await expect(result.getByTestId('compare-group-b')).toContainText('Antes de la campaña');
    await expect(result.getByTestId('compare-sample-a')).toHaveText(/^[\d.]+ de [\d.]+$/);
    await expect(result.getByTestId('compare-difference')).toContainText('Diferencia (Durante la campaña − Antes de la campaña):');
    await expect(result.getByTestId('compare-difference')).toHaveText(/(puntos \(IC 95 %: .+ a .+\)|No se puede calcular)/);
    await expect(result.getByTestId('compare-adequacy')).toHaveText(
      /^(La muestra es demasiado chica para concluir|La diferencia no es concluyente|La diferencia es concluyente)/,
    );
    await expect(result.getByTestId('compare-chart')).toBeVisible();
    await expect(compare.getByTestId('compare-observational')).toBeVisible();
    await expectAccessible(page, '[data-testid="compare-panel"]');

    // Zone against zone: a barrio in both groups is refused next to the field; without it the comparison runs.
    await compare.getByTestId('compare-design-zone_vs_zone').check();
    await tickBarrios(compare.getByTestId('compare-others'), [BARRIO, OTHER_BARRIO]);
    await compare.getByTestId('compare-submit').click();
    await expect(compare.getByTestId('compare-others-error')).toHaveText('incluye barrios que ya están en el otro grupo');
    await compare.getByTestId('compare-others').getByRole('checkbox', { name: BARRIO, exact: true }).uncheck();
    await compare.getByTestId('compare-submit').click();
    await expect(compare.getByTestId('compare-others-error')).toHaveCount(0);
    await expect(result.getByTestId('compare-group-b')).toContainText('Otros barrios');
  });

  await test.step('the administrator stops the trial after confirming', async () => {
    const trials = await openStudy(page, 'Pruebas de redacción', 'trials-panel');
    const row = trials.getByTestId('trial-row').filter({ hasText: TRIAL_NAME });
    await row.getByTestId('trial-stop').click();
    const dialog = page.getByTestId('trial-stop-dialog');
    await expect(dialog).toContainText(`La prueba «${TRIAL_NAME}» deja de asignar redacciones desde ahora`);
    await expectAccessible(page, '[data-testid="trial-stop-dialog"]');
    await dialog.getByTestId('trial-stop-submit').click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByTestId('trial-status')).toHaveAttribute('data-status', 'stopped');
    await expect(row.getByTestId('trial-stop')).toHaveCount(0);
    await allSynced(page);
  });

  await test.step('a coordinator reads the trial and its report, without defining or stopping', async () => {
    await useDemoAccount(page, host.url, dataDir, 'coordinator');
    const trials = await openStudy(page, 'Pruebas de redacción', 'trials-panel');
    await expect(trials).toContainText('Solo la administración define y detiene pruebas');
    await expect(trials.getByTestId('trial-new')).toHaveCount(0);
    const row = trials.getByTestId('trial-row').filter({ hasText: TRIAL_NAME });
    await expect(row.getByTestId('trial-status')).toHaveText(/^Detenida/, { timeout: 30_000 });
    if ((await trials.getByTestId('trial-report').count()) === 0) await row.getByTestId('trial-view').click();
    const report = trials.getByTestId('trial-report');
    await expect(report.getByTestId('trial-too-small')).toBeVisible();
    await expect(report.getByTestId('trial-notified-a')).not.toHaveText('');
    await expectAccessible(page, '[data-testid="trials-panel"]');
  });
});
