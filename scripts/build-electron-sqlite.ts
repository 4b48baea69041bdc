// `npm run rebuild:electron`: builds better-sqlite3 for Electron's ABI in .electron-native/, beside (never instead
// of) the Node build in node_modules that tests, the web host and the CLIs load. The desktop shell passes the
// result to the console core as better-sqlite3's nativeBinding (src/main/native-binding.ts).
// Needs Electron's headers from the internet; where they cannot be fetched this fails with a clear message.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_SQLITE_BINDING } from '../src/main/native-binding.ts';
import { installedElectronVersion } from './electron-binary.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
const target = join(projectRoot, '.electron-native', 'better-sqlite3');
const binding = join(projectRoot, ELECTRON_SQLITE_BINDING);
const electronVersion = installedElectronVersion();
/** Pinned: a tool fetched at run time must not change under us. */
const ELECTRON_REBUILD_VERSION = '4.2.1';

function fail(reason: string): never {
  // Leave no half-made build behind: the desktop shell would load it.
  rmSync(binding, { force: true });
  process.stderr.write(
    `Could not build better-sqlite3 for Electron ${electronVersion}: ${reason}\n` +
      'The desktop console needs this build; the Node build in node_modules is unchanged, so tests and ' +
      '`npm run start:web` still work.\n',
  );
  process.exit(1);
}

function loadsInNode(file: string): boolean {
  try {
    process.dlopen({ exports: {} }, file);
    return true;
  } catch {
    return false;
  }
}

// A copy without build/, so the only compiled binding that can appear in it is the one made for Electron.
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true, filter: (file) => relative(source, file) !== 'build' });

console.log(`Building better-sqlite3 for Electron ${electronVersion} in ${relative(projectRoot, target)}…`);
const rebuild = spawnSync(
  'npx',
  ['--yes', `@electron/rebuild@${ELECTRON_REBUILD_VERSION}`, '--version', electronVersion, '--module-dir', target, '--force'],
  { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' },
);
if (rebuild.error) fail(rebuild.error.message);
if (rebuild.status !== 0) fail(`@electron/rebuild exited with code ${rebuild.status ?? 'null'} (see its output above)`);
if (!existsSync(binding)) fail(`@electron/rebuild reported success but produced no ${ELECTRON_SQLITE_BINDING}`);

// If Electron's headers were not used (for example `nodedir` set in ~/.npmrc), the result is a Node build that
// would crash the desktop app. Node refuses to load a real Electron build, which is how we tell them apart.
if (loadsInNode(binding)) fail('the result was compiled for Node, not Electron (is `nodedir` set in your npm config?)');

console.log(`Done: ${relative(projectRoot, binding)}`);
