// The real hub CLI (`npm run hub -- user …`, `device …`) and simulator, run with tsx as child processes against
// temp data dirs, checked through a real hub: its login, its /field namespace, its administration log. In the
// PostgreSQL run (test-store.ts) the CLI finds the data dir's database in HUB_DATABASE_URL, as an operator's would.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePairingText } from '../shared/hub-protocol/admin.ts';
import { LIVE_NAMESPACES } from '../shared/hub-protocol/namespaces.ts';
import { startHub, type Hub } from './hub.ts';
import type { HubStore } from './store/hub-store.ts';
import { ended, startScript, type CliRun } from './test-support/hub-cli.ts';
import { connectDevice, loginAs, nextEvent, refusalOf, request, telemetry } from './test-support/hub-clients.ts';
import { openTestStore, testStore } from './test-support/test-store.ts';

let dataDir: string;
let hub: Hub | undefined;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cli-'));
});
afterAll(async () => {
  await hub?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs `npm run hub -- …args` (without npm) in Spanish unless --lang says otherwise. */
const hubCli = (...args: string[]) => runCli('src/hub/cli.ts', args);

/** Starts a CLI script (test-support/hub-cli.ts) on the temp data dir, or another `dir`; null: no --data-dir. */
function startCli(script: string, args: readonly string[], dir: string | null = dataDir): ChildProcessWithoutNullStreams {
  const dataDirFlag = dir === null ? [] : ['--data-dir', dir];
  return startScript(script, [...args, ...dataDirFlag], { HUB_DATABASE_URL: (dir !== null && testStore(dir).database) || '' });
}

/** Runs a CLI script to its end (against the temp data dir unless `dir` says otherwise). */
const runCli = (script: string, args: readonly string[], dir?: string | null): Promise<CliRun> => ended(startCli(script, args, dir));

async function loginStatus(username: string, password: string): Promise<number> {
  const res = await fetch(`${hub!.url}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return res.status;
}

describe('npm run hub -- user …', () => {
  it('adds users (before any hub ran on the data dir), generating a password when none is given', async () => {
    const [given, generated] = await Promise.all([
      hubCli('user', 'add', 'Ana.Lopez', '--role', 'dispatcher', '--name', 'Ana López', '--password', 'clave-de-ana-1'),
      hubCli('user', 'add', 'beto', '--role', 'judge', '--name', 'Roberto Díaz'),
    ]);
    expect(given).toMatchObject({ status: 0, stdout: 'Usuario ana.lopez creado con el rol despacho.\n' });
    expect(generated.status).toBe(0);
    const password = /Contraseña: (\S+)/.exec(generated.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{16}$/);

    hub = await startHub(testStore(dataDir));
    expect(await loginStatus('ana.lopez', 'clave-de-ana-1')).toBe(200);
    expect(await loginStatus('beto', password!)).toBe(200);
  });

  it('disables, re-enables and resets users while the hub runs', async () => {
    expect(await hubCli('user', 'disable', 'ana.lopez')).toMatchObject({
      status: 0,
      stdout: 'Usuario ana.lopez deshabilitado; sus sesiones se cerraron.\n',
    });
    expect(await loginStatus('ana.lopez', 'clave-de-ana-1')).toBe(401);
    expect((await hubCli('user', 'enable', 'ana.lopez')).status).toBe(0);
    expect(await loginStatus('ana.lopez', 'clave-de-ana-1')).toBe(200);

    expect(await hubCli('user', 'reset', 'ana.lopez', '--password', 'otra-clave-2', '--lang', 'en')).toMatchObject({
      status: 0,
      stdout: 'Password of ana.lopez reset; their sessions were ended.\n',
    });
    expect(await loginStatus('ana.lopez', 'clave-de-ana-1')).toBe(401);
    expect(await loginStatus('ana.lopez', 'otra-clave-2')).toBe(200);
  });
});

// After the block above (it created "beto"); the cases are independent, so they run side by side.
describe.concurrent('npm run hub -- user … refuses', () => {
  it.each<[string, string[], number, RegExp]>([
    ['an existing username', ['user', 'add', 'beto', '--role', 'judge', '--name', 'Otro'], 1, /^Ya existe el usuario beto\.$/m],
    ['an unknown user', ['user', 'disable', 'nadie'], 1, /^No existe el usuario nadie\.$/m],
    [
      'an unknown role',
      ['user', 'add', 'carla', '--role', 'jefa', '--name', 'Carla'],
      2,
      /^La opción --role admite: coordinator, dispatcher,/m,
    ],
    ['a missing --name', ['user', 'add', 'carla', '--role', 'judge'], 2, /^Falta la opción --name\.$/m],
    ['a short password', ['user', 'reset', 'beto', '--password', 'corta'], 2, /^La contraseña debe tener al menos 12 caracteres/m],
    [
      'a common password with digits after it',
      ['user', 'add', 'carla', '--role', 'judge', '--name', 'Carla Paz', '--password', 'Contraseña2026!'],
      2,
      /^Esa contraseña es de las más usadas/m,
    ],
    [
      'the username in the password',
      ['user', 'reset', 'beto', '--password', 'beto-es-el-mejor-2026'],
      2,
      /^La contraseña no puede contener el usuario/m,
    ],
    ['a bad username', ['user', 'add', 'Carla Paz', '--role', 'judge', '--name', 'Carla'], 2, /^El nombre de usuario admite/m],
    ['an unknown command', ['user', 'rename', 'beto'], 2, /^Comando desconocido: «user rename»\.$/m],
    ['ending the sessions of an unknown user', ['user', 'end-sessions', 'nadie'], 1, /^No existe el usuario nadie\.$/m],
    [
      'a pairing where the hub’s address is unknown (no --hub, no hub ever ran with demo data here)',
      ['device', 'pair', 'movil-01', '--label', 'Tableta'],
      2,
      /^No se sabe en qué dirección escucha el hub de esta carpeta de datos: indíquela con --hub URL/m,
    ],
    [
      'an unknown flag, in English',
      ['user', 'add', 'carla', '--rol', 'judge', '--lang', 'en'],
      2,
      /^Unknown option: --rol\nUsage: npm run hub/m,
    ],
  ])('%s with a clear message', async (_, args, status, message) => {
    const run = await hubCli(...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
  });
});

describe('npm run hub -- device … and user end-sessions, on a running demo hub', () => {
  let demoDir: string;
  let demoHub: Hub;
  let store: HubStore; // a second connection to the hub's store, as the CLI has
  beforeAll(async () => {
    demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cli-devices-'));
    demoHub = await startHub({ ...testStore(demoDir), demoUnits: 2 }); // its address is remembered in the data dir
    store = openTestStore(demoDir);
  });
  afterAll(async () => {
    store.close();
    await demoHub.close();
    fs.rmSync(demoDir, { recursive: true, force: true });
  });
  const cli = (...args: string[]) => runCli('src/hub/cli.ts', args, demoDir);
  const logged = (target: string) => store.adminLog.page(undefined, 500).filter((entry) => entry.target === target);

  /** `device pair`: the device's id, its token and the pairing text the CLI printed. */
  async function pair(unitId: string, label: string) {
    const run = await cli('device', 'pair', unitId, '--label', label);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const [paired, token, text] = run.stdout.trim().split('\n');
    const id = new RegExp(`^Dispositivo (dev-[0-9a-f]{16}) \\(«${label}»\\) emparejado con la unidad ${unitId}\\.$`).exec(paired!)?.[1];
    expect(id).toBeDefined();
    expect(token).toMatch(/^Token: [\w-]{43} \(no se volverá a mostrar\)$/);
    const pairing = parsePairingText(text!.replace(/^Texto de emparejamiento \(para el dispositivo o el simulador\): /, ''));
    expect(pairing).toEqual({ hubUrl: demoHub.url, unitId, token: token!.split(' ')[1] });
    return { id: id!, token: pairing!.token, text: text!.split(': ')[1]! };
  }

  it('pairs a device whose token reports, lists it, and revokes it: refused from then on, swept off the running hub', async () => {
    const { id, token } = await pair('movil-01', 'Tableta CLI');
    const device = await connectDevice(demoHub.url, token);
    expect(await request(device, 'telemetry', telemetry('movil-01'))).toEqual({ ok: true, value: null });

    const listed = await cli('device', 'list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(
      new RegExp(`^${id} · unidad movil-01 · «Tableta CLI» · emparejado el \\d+/\\d+/\\d+, \\d{2}:\\d{2}$`, 'm'),
    );
    expect(listed.stdout).toMatch(/^dev-[0-9a-f]{16} · unidad movil-02 · «Móvil 02» · emparejado el /m); // a demo device

    const swept = nextEvent<string>(device, 'disconnect', () => true, 12_000); // the hub's sweep runs every 10 s
    expect(await cli('device', 'revoke', id)).toMatchObject({
      status: 0,
      stdout: `Dispositivo ${id} revocado: el hub rechaza su token y, si está conectado, lo desconecta.\n`,
    });
    expect(await refusalOf(demoHub.url, LIVE_NAMESPACES.field, { deviceToken: token })).toBe('unauthorized');
    expect(await swept).toBe('io server disconnect');
    expect((await cli('device', 'list')).stdout).toMatch(new RegExp(`^${id} · .* · revocado el \\d+/\\d+/\\d+, \\d{2}:\\d{2}$`, 'm'));
    expect(await cli('device', 'revoke', id)).toMatchObject({ status: 1, stderr: `El dispositivo ${id} ya estaba revocado.\n` });

    expect(logged(id).map(({ by, action, detail }) => ({ by, action, detail }))).toEqual([
      { by: 'cli', action: 'device.revoke', detail: { unitId: 'movil-01', label: 'Tableta CLI' } },
      { by: 'cli', action: 'device.pair', detail: { unitId: 'movil-01', label: 'Tableta CLI' } },
    ]);
    expect(JSON.stringify(store.adminLog.page(undefined, 500))).not.toContain(token);
  }, 60_000);

  it('ends every session of an account: its consoles are refused, and the CLI is logged as the one who did it', async () => {
    const session = await loginAs(demoHub, 'coordinacion');
    expect(await cli('user', 'end-sessions', 'coordinacion', '--lang', 'en')).toMatchObject({
      status: 0,
      stdout: 'The sessions of coordinacion were ended (1).\n',
    });
    expect(await refusalOf(demoHub.url, LIVE_NAMESPACES.console, { token: session.token })).toBe('unauthorized');
    expect(logged('coordinacion')).toEqual([
      {
        seq: expect.any(Number),
        at: expect.any(Number),
        by: 'cli',
        action: 'account.end_sessions',
        target: 'coordinacion',
        detail: { endedSessions: 1 },
      },
    ]);
  });

  it('drives the paired device with `npm run simulate -- --pairing …`: its reports reach the hub', async () => {
    const { text } = await pair('movil-02', 'Simulada');
    const startedAt = Date.now();
    const simulator = startCli('src/hub/simulator/cli.ts', ['--pairing', text, '--hz', '5'], null);
    let stdout = '';
    simulator.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const ended = new Promise((resolve) => simulator.on('close', resolve));
    try {
      await vi.waitFor(() => expect(stdout).toContain('El dispositivo de movil-02 está conectado.'), { timeout: 20_000, interval: 100 });
      await vi.waitFor(() => expect(store.positions.latest().find((p) => p.unitId === 'movil-02')?.receivedAt).toBeGreaterThan(startedAt), {
        timeout: 10_000,
        interval: 100,
      });
    } finally {
      simulator.kill('SIGTERM');
      await ended;
    }
    expect(stdout).toMatch(/^Simulando el dispositivo de movil-02 a 5 Hz contra http:\/\/127\.0\.0\.1:\d+ \(semilla 2016\)…$/m);
    expect(Number(/aceptados (\d+)/.exec(stdout)?.[1])).toBeGreaterThan(0);
  }, 60_000);

  // The cases are independent and none changes anything, so they run side by side.
  describe.concurrent('refuses, changing nothing', () => {
    it.each<[string, string[], number, RegExp]>([
      [
        'a unit the hub does not have',
        ['device', 'pair', 'movil-99', '--label', 'X'],
        1,
        /^El hub no tiene la unidad movil-99\. No se emparejó nada\.$/m,
      ],
      ['a missing --label', ['device', 'pair', 'movil-01'], 2, /^Falta la opción --label\.$/m],
      [
        'a blank label',
        ['device', 'pair', 'movil-01', '--label', '   '],
        2,
        /^La etiqueta del dispositivo admite de 1 a 80 caracteres\.$/m,
      ],
      ['a missing unit', ['device', 'pair', '--label', 'X'], 2, /^Falta la unidad del dispositivo\.$/m],
      [
        'a bad --hub',
        ['device', 'pair', 'movil-01', '--label', 'X', '--hub', 'ftp://x'],
        2,
        /^La opción --hub debe ser una dirección http/m,
      ],
      ['a malformed device id', ['device', 'revoke', 'movil-01'], 2, /^Un identificador de dispositivo es «dev-» y de 8 a 32/m],
      ['an unknown device', ['device', 'revoke', 'dev-ffffffffffffffff'], 1, /^No existe el dispositivo dev-ffffffffffffffff\.$/m],
      ['an unknown device command', ['device', 'remove'], 2, /^Comando desconocido: «device remove»\.$/m],
      [
        'disabling the last enabled administrator',
        ['user', 'disable', 'admin'],
        1,
        /^No se puede deshabilitar a admin: es la última cuenta de administración habilitada\.$/m,
      ],
    ])('%s with a clear message', async (_, args, status, message) => {
      const before = { log: store.adminLog.page(undefined, 500), devices: store.devices.list() };
      const run = await cli(...args);
      expect(run.status).toBe(status);
      expect(run.stderr).toMatch(message);
      expect({ log: store.adminLog.page(undefined, 500), devices: store.devices.list() }).toEqual(before);
    });
  });
});

describe('npm run simulate -- …', () => {
  it.each([
    [
      ['--hub', 'notaurl'],
      'La opción --hub debe ser una dirección http:// o https://, o varias separadas por comas (se recibió «notaurl»).',
    ],
    [['--units', '-5'], 'La opción --units debe ser un número entero entre 1 y 100000 (se recibió «-5»)'],
    [['--hz', '0'], 'La opción --hz debe ser un número entero entre 1 y 20 (se recibió «0»)'],
    [['--seed', 'x'], 'La opción --seed debe ser un número entero entre 0 y 4294967295 (se recibió «x»)'],
    [
      ['--pairing', 'convivencia-device:1?hub=http%3A%2F%2F127.0.0.1%3A7420&unit=movil-01'],
      'El texto de emparejamiento no es válido: se espera «convivencia-device:1?hub=…&unit=…&token=…», como lo muestra el hub al emparejar un dispositivo.',
    ],
    [
      ['--pairing', 'convivencia-device:1?hub=ftp%3A%2F%2Fx&unit=movil-01&token=abc'],
      'La opción --hub debe ser una dirección http:// o https://, o varias separadas por comas (se recibió «ftp://x»).',
    ],
  ])('refuses %j with a usage error, before reading any credentials', async (args, message) => {
    const run = await runCli('src/hub/simulator/cli.ts', args, args[0] === '--pairing' ? null : dataDir);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('refuses --pairing with the flags of demo devices', async () => {
    const pairing = 'convivencia-device:1?hub=http%3A%2F%2F127.0.0.1%3A7420&unit=movil-01&token=abc';
    const run = await runCli('src/hub/simulator/cli.ts', ['--pairing', pairing, '--units', '2'], null);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Con --pairing se simula un solo dispositivo: no use --units, --hub ni --data-dir.\n');
  });
});
