// Page helpers for the Tribunal workspace (src/renderer/workspaces/court): its three views, the cases list's search,
// a case's view and its action dialogs — plus what the court specs check outside the page: the Córdoba calendar
// day, a PDF's text as poppler reads it, and the audit CLI run over a data folder.
import { expect, type Locator, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pdfPages } from '../../src/core/pdf/test-support/poppler.ts';
import { AUDIT_TEXT_FIELDS } from '../../src/shared/audit/audit-entry.ts';
import { addDaysIso } from '../../src/shared/settings/iso-date.ts';
import { cordobaDayRange, cordobaIsoDate } from '../../src/shared/time/cordoba.ts';

export const courtWorkspace = (page: Page): Locator => page.getByTestId('court-workspace');

/**
 * Opens the Tribunal workspace on one of its views — 'today' (Hoy), 'cases' (Expedientes), 'calendar' (Agenda) — and
 * returns that view's tab panel (the other panels stay mounted, hidden).
 */
export async function openCourtView(page: Page, view: 'today' | 'cases' | 'calendar'): Promise<Locator> {
  await page.getByRole('tab', { name: 'Tribunal' }).click();
  const court = courtWorkspace(page);
  await court.getByTestId(`court-tab-${view}`).click();
  await expect(court.getByTestId(`court-tab-${view}`)).toHaveAttribute('aria-selected', 'true');
  const panel = court.locator(`#court-panel-${view}`);
  await expect(panel).toBeVisible();
  return panel;
}

/** The cases list searched for `query` (a number, a name, a DNI as typed): the one row it leaves. */
export async function searchOneCase(page: Page, query: string): Promise<Locator> {
  const court = await openCourtView(page, 'cases');
  await court.getByTestId('court-search').fill(query);
  const rows = court.getByTestId('court-cases').locator('tbody tr');
  await expect(rows).toHaveCount(1, { timeout: 30_000 });
  return rows;
}

/** Searches the list for `query` and opens the one case found; returns the case view. */
export async function openCaseFromList(page: Page, query: string): Promise<Locator> {
  const row = await searchOneCase(page, query);
  await row.locator('td').first().getByRole('button').click();
  const view = courtWorkspace(page).getByTestId('case-view');
  await expect(view).toBeVisible();
  return view;
}

/** "DD/MM/YYYY", as the desk prints an ISO day (es-AR). */
export const esDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The Córdoba calendar day of now, and n days from it. */
export const cordobaToday = (): string => cordobaIsoDate(Date.now());
export const cordobaDayPlus = (iso: string, days: number): string => addDaysIso(iso, days);

/** The instant of a Córdoba wall-clock time on `iso` ("HH:MM"). */
export function cordobaAt(iso: string, time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return cordobaDayRange(iso)![0] + (hh * 60 + mm) * 60_000;
}

/** A PDF's text as a viewer shows it (pdftotext -layout), its whitespace runs folded to one space. */
export const pdfText = (file: string): string => pdfPages(file).join('\n').replace(/\s+/g, ' ');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run audit:verify -- --data-dir DIR` (in Spanish), as a script or a cron job runs it. */
export function runAuditVerify(dataDir: string): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/hub/audit/verify-cli.ts', '--data-dir', dataDir, '--lang', 'es-AR'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Rewrites one field of a stored audit entry in a console's cache file with plain SQL, as someone with the file
 * would — its hash left as it was. Throws when there is no such entry.
 */
export function tamperAuditEntry(dataDir: string, entryId: string, field: 'by', value: string): void {
  const db = new Database(path.join(dataDir, 'console-cache.sqlite3'));
  try {
    // The console keeps each entry as the text its hash is taken over, a field a line (cache migration 9).
    const row = db.prepare('SELECT text FROM audit_entries WHERE id = ?').get(entryId) as { text: string } | undefined;
    if (!row) throw new Error(`no audit entry ${entryId}`);
    const lines = row.text.split('\n');
    lines[AUDIT_TEXT_FIELDS.indexOf(field)] = value;
    db.prepare('UPDATE audit_entries SET text = ? WHERE id = ?').run(lines.join('\n'), entryId);
  } finally {
    db.close();
  }
}
