// Issue 15, teams: a city starting with an empty hub makes its teams from the console. In browser mode against the
// embedded demo hub, an administrator creates «Equipo Oeste» in Planificación's «Equipos» tab, with its base and the
// demo coordinator — a name like an existing team's, a username the hub would refuse and the same username twice
// are refused in the form first. The new team is offered at once in the people filter and the person dialog; the
// coordinator then adds a person to it in «Personal», which the hub accepts (the team names them), and «Equipos» counts
// them. axe on the tab and the dialog.
import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe.ts';
import { openConsole } from './support/console-page.ts';
import { allSynced, conflictBadge, useDemoAccount } from './support/operation-form.ts';
import { perTest } from './support/per-test.ts';
import { startHostProcess } from './support/web-host-process.ts';

const run = perTest();

test('an administrator creates a team with its coordinator, who then adds a person to it', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = run.tempDir('convivencia-teams-');
  const host = run.track(await startHostProcess(['--data-dir', dataDir]));
  await openConsole(page, host.url);
  await useDemoAccount(page, host.url, dataDir, 'administrator');

  const teamsTab = page.getByRole('tab', { name: 'Equipos', exact: true });
  const peopleTab = page.getByRole('tab', { name: 'Personal', exact: true });
  await teamsTab.click();
  const people = page.getByTestId('people-view');
  const teams = page.getByTestId('teams-view');
  await expect(teams.getByRole('heading', { name: 'Equipos' })).toBeVisible();
  await expect(teams.getByTestId('team-row')).toHaveCount(3);
  await expect(teams.locator('[data-testid="team-row"][data-team-id="eq-equipo-centro"]')).toContainText('Laura Giménez (coordinacion)');
  await expect(people).toHaveCount(0);
  expect(await seriousViolations(page, '[data-testid="teams-view"]')).toEqual([]);

  await teams.getByTestId('teams-add').click();
  const dialog = page.getByTestId('team-dialog');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="team-dialog"]')).toEqual([]);
  // Refused in the form: the name of a team already made, a username with capitals, the same username twice.
  await dialog.getByTestId('team-name').fill('equipo centro');
  await dialog.getByTestId('team-dialog-submit').click();
  await expect(dialog).toContainText('Ya existe un equipo con ese nombre o uno muy parecido.');
  await dialog.getByTestId('team-name').fill('Equipo Oeste');
  await dialog.getByTestId('team-base').fill('CPC Ruta 20, Av. Fuerza Aérea 2600');
  await dialog.getByTestId('team-coordinator-input').fill('Coordinacion');
  await dialog.getByTestId('team-coordinator-add').click();
  await expect(dialog).toContainText('Un nombre de usuario lleva solo minúsculas');
  await dialog.getByTestId('team-coordinator-input').fill('coordinacion');
  await dialog.getByTestId('team-coordinator-add').click();
  await expect(dialog.getByTestId('team-coordinator')).toHaveText(/Laura Giménez \(coordinacion\)/);
  await dialog.getByTestId('team-coordinator-input').fill('coordinacion');
  await dialog.getByTestId('team-coordinator-input').press('Enter');
  await expect(dialog).toContainText('Ese usuario ya está en la coordinación.');
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="team-dialog"]')).toEqual([]);
  await dialog.getByTestId('team-coordinator-input').fill('');
  await dialog.getByTestId('team-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(teams.getByTestId('teams-done')).toContainText('Se creó Equipo Oeste.');
  const oeste = teams.locator('[data-testid="team-row"][data-team-id="eq-equipo-oeste"]');
  await expect(oeste).toContainText('CPC Ruta 20, Av. Fuerza Aérea 2600');
  await expect(oeste).toContainText('Laura Giménez (coordinacion)');
  await expect(oeste.locator('td').nth(2)).toHaveText('0');
  expect(await seriousViolations(page, '[data-testid="teams-view"]')).toEqual([]);

  // «Editar»: the same id, a base corrected.
  await oeste.getByRole('button', { name: 'Editar Equipo Oeste' }).click();
  await expect(dialog.getByTestId('team-coordinator')).toHaveText(/Laura Giménez \(coordinacion\)/);
  await dialog.getByTestId('team-base').fill('CPC Ruta 20');
  await dialog.getByTestId('team-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(teams.getByTestId('teams-done')).toContainText('Se guardaron los cambios de Equipo Oeste.');
  await expect(oeste.locator('td').first()).toHaveText('CPC Ruta 20');

  // Offered at once in «Personal»: in the people filter and in the person dialog's teams.
  await peopleTab.click();
  await people.getByTestId('people-team-filter').selectOption({ label: 'Equipo Oeste' });
  await expect(people).toContainText('No hay personas en ese equipo.');
  await people.getByTestId('people-add').click();
  const personDialog = page.getByTestId('person-dialog');
  await expect(personDialog.getByTestId('person-team').locator('option', { hasText: 'Equipo Oeste' })).toHaveCount(1);
  await personDialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(personDialog).toBeHidden();
  await allSynced(page);

  // The coordinator it names: no team controls, and a person added to Equipo Oeste that the hub accepts.
  await useDemoAccount(page, host.url, dataDir, 'coordinator');
  await teamsTab.click();
  await expect(teams.locator('[data-testid="team-row"][data-team-id="eq-equipo-oeste"]')).toBeVisible();
  await expect(teams.getByTestId('teams-add')).toHaveCount(0);
  await expect(teams.getByTestId('team-edit')).toHaveCount(0);
  await peopleTab.click();
  await people.getByTestId('people-add').click();
  await expect(personDialog).toBeVisible();
  await personDialog.getByTestId('person-staffNumber').fill('20.417');
  await personDialog.getByTestId('person-name').fill('Rocío Funes');
  await personDialog.getByTestId('person-team').selectOption({ label: 'Equipo Oeste' });
  await personDialog.getByTestId('person-qualification-mediator').check();
  await personDialog.getByTestId('person-dialog-submit').click();
  await expect(personDialog).toBeHidden();
  await expect(people.locator('[data-testid="person-row"][data-person-id="per-20-417"]')).toContainText('Equipo Oeste');
  await teamsTab.click();
  await expect(teams.locator('[data-testid="team-row"][data-team-id="eq-equipo-oeste"] td').nth(2)).toHaveText('1');
  await allSynced(page);
  await expect(conflictBadge(page)).toHaveCount(0);
});
