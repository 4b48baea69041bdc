// How the e2e tests read the console: roles and accessible names first, AG Grid's row/column ids for cells.
import { expect, type Page } from '@playwright/test';

export const gridCell = (page: Page, rowIndex: number, colId: string) =>
  page.locator(`[role="row"][row-index="${rowIndex}"] [role="gridcell"][col-id="${colId}"]`);

export const rowCount = (page: Page) => page.getByTestId('row-count');

export async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(gridCell(page, 0, 'type')).toBeVisible({ timeout: 30_000 });
}

/** Collects CSP violations reported in the page (Chromium logs them to the console as errors). */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

export const esNumber = (n: number) => new Intl.NumberFormat('es-AR').format(n);

/** Calls the ConsoleApi over its own WebSocket from inside the page, as the renderer does; returns the result. */
export async function callApi(page: Page, hostUrl: string, method: string, input: unknown): Promise<unknown> {
  const secret = new URL(hostUrl).hash.slice('#k='.length);
  return page.evaluate(
    async ({ k, method, input }) => {
      const ws = new WebSocket(`ws://${location.host}/api?k=${k}`);
      // Frames in order: the host's ready frame, then answers and event frames interleaved; wait for ours.
      const answer = new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
        ws.addEventListener('message', (e) => {
          const frame = JSON.parse(String(e.data)) as { ready?: true; id?: number; result?: { ok: boolean; value?: unknown } };
          if (frame.ready) ws.send(JSON.stringify({ id: 1, method, input }));
          else if (frame.id === 1 && frame.result) resolve(frame.result);
        });
      });
      const result = await answer;
      ws.close();
      return result;
    },
    { k: secret, method, input },
  );
}

/** callApi for a call that must succeed: its value (a refusal fails the test, naming the method and the answer). */
export async function api<T>(page: Page, hostUrl: string, method: string, input: unknown): Promise<T> {
  const answer = (await callApi(page, hostUrl, method, input)) as { readonly ok: boolean; readonly value: T };
  expect(answer.ok, `${method}: ${JSON.stringify(answer)}`).toBe(true);
  return answer.value;
}
