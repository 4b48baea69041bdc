// Issue 16 end to end, in browser mode against a real hub process: a console started on an empty data dir, following
// a hub of 100,000 operations, shows its first sync's progress under the header («Sincronizando 40.000 de 100.000
// operaciones · faltan ~2 s») — a real progressbar, nothing serious for axe — while its empty grid says the
// operations are still arriving rather than that none match; then the bar goes and the grid counts every one of the
// hub's operations. 100,000 because the hub seeds them in ~9 s on the 2-core machine and the bulk load takes a few
// seconds, long enough to see the bar (a row-by-row first sync took ~17 s for them). A screenshot of the bar is
// kept for a person to look at.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe.ts';
import { esNumber, rowCount } from './support/console-page.ts';
import { freePort, hubAccount, startHubProcess } from './support/hub-process.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const OPERATIONS = 100_000;
const RECEIVING = 'La consola todavía está recibiendo las operaciones del hub';
const NO_MATCH = 'No hay operaciones que coincidan con los filtros';

const { tempDir, track } = perTest();

/** Every text the grid's empty message and the progress announcer ever show, from the page's first render on. */
async function recordTexts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Record<string, string[]> = {};
    Object.assign(window, { seenTexts: seen });
    new MutationObserver(() => {
      for (const id of ['operations-empty', 'sync-progress-announcer']) {
        const text = document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        const list = (seen[id] ??= []);
        if (text && list.at(-1) !== text) list.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const seenTexts = (page: Page, id: string) =>
  page.evaluate((testId) => (window as unknown as { seenTexts: Record<string, string[]> }).seenTexts[testId] ?? [], id);

test('a new console shows its first sync progress, then every operation of the hub', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const hubDir = tempDir('convivencia-hub-');
  const hub = track(await startHubProcess(hubDir, await freePort(), ['--demo-units', '2', '--demo-operations', String(OPERATIONS)]));
  const coordinator = hubAccount(hubDir, 'coordinator');
  const args = ['--data-dir', tempDir('convivencia-console-'), '--hub', hub.ready, '--hub-user', coordinator.username];
  const host = track(await startHostProcess(args, { CONVIVENCIA_HUB_PASSWORD: coordinator.password }));

  await recordTexts(page);
  await page.goto(host.url);
  const bar = page.getByTestId('sync-progress');
  await expect(bar).toContainText(new RegExp(`^Sincronizando [\\d.]+ de ${esNumber(OPERATIONS).replaceAll('.', '\\.')} operaciones`), {
    timeout: 30_000,
  });
  await bar.screenshot({ path: testInfo.outputPath('first-sync-progress.png') });
  await expect(page.getByRole('progressbar', { name: 'Primera sincronización con el hub' })).toBeVisible();
  await expectAccessible(page);

  await expect(bar).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  await expect(rowCount(page)).toHaveText(`${esNumber(OPERATIONS)} operaciones`, { timeout: 15_000 });
  // The grid's empty message said the operations were on their way, never that none match; the announcer spoke
  // the phase (not its numbers) and fell silent at the end.
  expect(await seenTexts(page, 'operations-empty')).toContain(RECEIVING);
  expect(await seenTexts(page, 'operations-empty')).not.toContain(NO_MATCH);
  expect(await seenTexts(page, 'sync-progress-announcer')).toContain('Sincronizando las operaciones del hub');
  await expect(page.getByTestId('sync-progress-announcer')).toHaveText('');
});
