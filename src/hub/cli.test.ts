// The real hub CLI (`npm run hub -- user …`), run with tsx as a child process against a temp data dir,
// checked through a real hub's login.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from './hub.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dataDir: string;
let hub: Hub | undefined;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cli-'));
});
afterAll(async () => {
  await hub?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run hub -- …args` (without npm) in Spanish unless --lang says otherwise. */
const hubCli = (...args: string[]) => runCli('src/hub/cli.ts', args);

/** Runs a CLI script with tsx against the temp data dir, in Spanish unless --lang says otherwise. */
function runCli(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args, '--data-dir', dataDir], {
      cwd: ROOT,
      env: { ...process.env, LANG: '', LC_ALL: '', HUB_DATA_DIR: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

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

    hub = await startHub({ dataDir });
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

describe('npm run simulate -- …', () => {
  it.each([
    [['--hub', 'notaurl'], 'La opción --hub debe ser una dirección http:// o https:// (se recibió «notaurl»).'],
    [['--units', '-5'], 'La opción --units debe ser un número entero entre 1 y 100000 (se recibió «-5»)'],
    [['--hz', '0'], 'La opción --hz debe ser un número entero entre 1 y 20 (se recibió «0»)'],
    [['--seed', 'x'], 'La opción --seed debe ser un número entero entre 0 y 4294967295 (se recibió «x»)'],
  ])('refuses %j with a usage error, before reading any credentials', async (args, message) => {
    const run = await runCli('src/hub/simulator/cli.ts', args);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});
