// Runs in: Node (e2e tests only). An operation set up through the console's API, for the specs whose subject comes
// after it (a notice's follow-up, an acta at the court desk): created, the roster of its day read, and taken to in
// progress — staffed first when the spec needs a promoter on it.
import { expect, type Page } from '@playwright/test';
import { cordobaIsoDate } from '../../src/shared/time/cordoba.ts';
import { api } from './console-page.ts';

/** A person of the roster, as roster.week lists them. */
export interface RosterPerson {
  readonly id: string;
  readonly name: string;
  readonly qualifications: readonly string[];
}

/**
 * Creates the operation and takes it to in progress; `staff` picks whom to assign among the people the roster lists
 * on its day (the demo's roster is written in the background: waited for). Returns its id and those people.
 */
export async function operationInProgress(
  page: Page,
  hostUrl: string,
  plan: { readonly plannedStart: number } & Record<string, unknown>,
  staff?: (people: readonly RosterPerson[]) => RosterPerson,
): Promise<{ id: string; people: RosterPerson[] }> {
  const { operation } = await api<{ operation: { id: string } }>(page, hostUrl, 'operations.create', { plan });
  const date = cordobaIsoDate(plan.plannedStart);
  let people: RosterPerson[] = [];
  await expect
    .poll(async () => (people = (await api<{ people: RosterPerson[] }>(page, hostUrl, 'roster.week', { date })).people).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  if (staff) await api(page, hostUrl, 'operations.assign', { id: operation.id, assigned: { people: [staff(people).id], resources: [] } });
  for (const status of ['planned', 'reserved', 'in_progress'])
    await api(page, hostUrl, 'operations.setStatus', { id: operation.id, status });
  return { id: operation.id, people };
}
