// Unit tests of the layer rules and the renderer's workspace boundaries, case by case. Filenames are
// project-relative (src/<layer>/…), which is how the rules classify files; fixtures.test.ts checks the same rules
// through the real eslint.config.js.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin, { DOM_GLOBALS, LAYERS } from './layers.js';

// RuleTester declares its cases through describe/it; hand it vitest's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const importsRule = plugin.rules['allowed-imports'];
const domRule = plugin.rules['no-dom-globals'];
const workspacesRule = plugin.rules['workspace-boundaries'];

const ok = (filename: string, code: string) => ({ filename, code });
const bad = (filename: string, code: string, messageId: string) => ({ filename, code, errors: [{ messageId }] });

const layersOf = (cases: readonly { filename: string }[]) =>
  new Set(cases.map(({ filename }) => /(?:^|\/)src\/([^/]+)\//.exec(filename)?.[1]));

const valid = [
  // shared: itself, JSON resources, zod
  ok('src/shared/api/contract.ts', "import { z } from 'zod'; import { x } from '../operations/types.ts';"),
  ok('src/shared/geo/barrios.ts', "import data from '../../../resources/geo/barrios.json' with { type: 'json' };"),
  ok('src/shared/i18n/resources.test.ts', "import { it } from 'vitest'; import fs from 'node:fs';"),
  // core: shared, core, Node, most packages
  ok('src/core/cache/open.ts', "import Database from 'better-sqlite3'; import fs from 'node:fs'; import path from 'path';"),
  ok('src/core/api/dispatch.ts', "import { contract } from '../../shared/api/contract.ts'; export * from './x.ts';"),
  // hub: shared, core (its SQLite infrastructure), hub, Node
  ok('src/hub/server.ts', "import { Server } from 'socket.io'; import { contract } from '../shared/api/contract.ts';"),
  ok('src/hub/a.ts', "import { openCache } from '../core/cache/open.ts';"),
  ok('src/web/a.ts', "import { startHub } from '../hub/hub.ts';"),
  ok('src/main/a.ts', "import { startHub } from '../hub/hub.ts';"),
  // web: shared, core, web
  ok('src/web/host.ts', "import { WebSocketServer } from 'ws'; import { createConsoleCore } from '../core/console-core.ts';"),
  // main: shared, core, main, electron, Node
  ok(
    'src/main/index.ts',
    "import { app } from 'electron'; import { createConsoleCore } from '../core/console-core.ts'; import { join } from 'node:path';",
  ),
  // preload: shared, preload, electron
  ok('src/preload/index.ts', "import { contextBridge } from 'electron'; import { isMethodName } from '../shared/api/names.ts';"),
  // renderer: shared, renderer, browser packages, any resource
  ok(
    'src/renderer/App.tsx',
    "import { useState } from 'react'; import { AgGridReact } from 'ag-grid-react'; import { createApiClient } from '../shared/api/client.ts';",
  ),
  ok('src/renderer/main.tsx', "import './styles.css'; import icon from '../../resources/icons/logo.svg?url';"),
  // outside the layers nothing is checked
  ok('scripts/start-desktop.ts', "import { spawn } from 'node:child_process'; import x from '../src/core/x.ts';"),
  ok('e2e/electron.spec.ts', "import { _electron } from '@playwright/test';"),
  // non-static specifiers cannot be checked
  ok('src/shared/lazy.ts', 'const load = (name: string) => import(name);'),
];

const invalid = [
  bad('src/shared/a.ts', "import fs from 'node:fs';", 'builtin'),
  bad('src/shared/a.ts', "import path from 'path';", 'builtin'),
  bad('src/shared/a.ts', "import { readFile } from 'fs/promises';", 'builtin'),
  bad('src/shared/a.ts', "import { app } from 'electron';", 'package'),
  bad('src/shared/a.ts', "import { useState } from 'react';", 'package'),
  bad('src/shared/a.ts', "import { dispatch } from '../core/api/dispatch.ts';", 'layer'),
  bad('src/shared/a.ts', "import icon from '../../resources/icons/logo.svg';", 'resources'),
  bad('src/shared/a.ts', "import { x } from '../../scripts/x.ts';", 'outside'),
  bad('src/core/a.ts', "import { app } from 'electron';", 'package'),
  bad('src/core/a.ts', "import { createRoot } from 'react-dom/client';", 'package'),
  bad('src/core/a.ts', "import { createGrid } from 'ag-grid-community';", 'package'),
  bad('src/core/a.ts', "import i18next from 'i18next';", 'package'),
  bad('src/core/a.ts', "import { x } from '../web/x.ts';", 'layer'),
  bad('src/core/a.ts', "import { x } from '../main/x.ts';", 'layer'),
  bad('src/hub/a.ts', "import { x } from '../web/x.ts';", 'layer'),
  bad('src/core/a.ts', "import { startHub } from '../hub/hub.ts';", 'layer'),
  bad('src/hub/a.ts', "import { app } from 'electron';", 'package'),
  bad('src/web/a.ts', "import { app } from 'electron';", 'package'),
  bad('src/web/a.ts', "import { x } from '../renderer/x.ts';", 'layer'),
  bad('src/web/a.ts', "import { createGrid } from 'ag-grid-community';", 'package'),
  bad('src/main/a.ts', "import { x } from '../renderer/x.ts';", 'layer'),
  bad('src/main/a.ts', "import { x } from '../preload/ipc-channels.ts';", 'layer'),
  bad('src/main/a.ts', "import { useState } from 'react';", 'package'),
  bad('src/preload/a.ts', "import { readFileSync } from 'node:fs';", 'builtin'),
  bad('src/preload/a.ts', "import { dispatch } from '../core/api/dispatch.ts';", 'layer'),
  bad('src/preload/a.ts', "import { z } from 'zod';", 'package'),
  bad('src/renderer/a.ts', "import { ipcRenderer } from 'electron';", 'package'),
  bad('src/renderer/a.ts', "import { join } from 'node:path';", 'builtin'),
  bad('src/renderer/a.ts', "import { io } from 'socket.io-client';", 'package'),
  bad('src/renderer/a.ts', "import { dispatch } from '../core/api/dispatch.ts';", 'layer'),
  bad('src/renderer/a.ts', "import { x } from '../main/x.ts';", 'layer'),
  // every import form is checked
  bad('src/renderer/a.ts', "export { x } from '../core/x.ts';", 'layer'),
  bad('src/renderer/a.ts', "export * from '../core/x.ts';", 'layer'),
  bad('src/renderer/a.ts', "const core = await import('../core/x.ts');", 'layer'),
  bad('src/renderer/a.ts', 'const core = await import(`../core/x.ts`);', 'layer'),
  bad('src/renderer/a.ts', "const { app } = require('electron');", 'package'),
  bad('src/renderer/a.ts', "import type { Dispatch } from '../core/api/dispatch.ts';", 'layer'),
  // only the test runner is exempt in tests, not other layers
  bad('src/shared/a.test.ts', "import { x } from '../core/x.ts';", 'layer'),
  // the last src/<layer>/ segment decides, so fixture trees are classified like the real one
  bad('tools/eslint/__fixtures__/src/shared/bad.ts', "import fs from 'node:fs';", 'builtin'),
  bad('tools/eslint/__fixtures__/src/renderer/bad.ts', "import { x } from '../core/x.ts';", 'layer'),
];

ruleTester.run('layers/allowed-imports', importsRule, { valid, invalid });

ruleTester.run('layers/no-dom-globals', domRule, {
  valid: [
    ok('src/renderer/a.ts', 'window.addEventListener("resize", () => document.title); localStorage.clear();'),
    ok('src/renderer/a.ts', 'requestAnimationFrame(() => navigator.language);'),
    ok('src/core/a.ts', 'function f(window: { x: number }) { return window.x; }'),
    ok('src/core/a.ts', 'const document = { title: "" }; export const t = document.title;'),
    ok('scripts/a.ts', 'export const t = () => document.title;'),
  ],
  invalid: [
    ...DOM_GLOBALS.map((name) => bad('src/core/a.ts', `export const g = ${name};`, 'dom')),
    bad('src/shared/a.ts', 'export const lang = () => navigator.language;', 'dom'),
    bad('src/web/a.ts', 'export const t = () => document.title;', 'dom'),
    bad('src/main/a.ts', 'export const w = () => window;', 'dom'),
    bad('src/preload/a.ts', 'window.consoleApi = {};', 'dom'),
    bad('src/hub/a.ts', 'sessionStorage.clear();', 'dom'),
  ],
});

ruleTester.run('layers/workspace-boundaries', workspacesRule, {
  valid: [
    // a workspace's own files, however deep
    ok('src/renderer/workspaces/planning/PlanningWorkspace.tsx', "import { RosterView } from './roster/RosterView.tsx';"),
    ok('src/renderer/workspaces/planning/roster/RosterView.tsx', "import { FilterBar } from '../FilterBar.tsx';"),
    // shared renderer folders and the workspaces' root files, from a workspace
    ok(
      'src/renderer/workspaces/court/CourtWorkspace.tsx',
      "import { useRecordsText } from '../../records-text/use-records-text.ts'; import type { WorkspaceId } from '../workspaces.ts';",
    ),
    // the root files reach a workspace through its entry component; the rest of the renderer through them
    ok('src/renderer/workspaces/WorkspacePanels.tsx', "import { CourtWorkspace } from './court/CourtWorkspace.tsx';"),
    ok('src/renderer/App.tsx', "import { WorkspacePanels } from './workspaces/WorkspacePanels.tsx';"),
    ok('src/renderer/writes/ConflictInbox.tsx', "import { OperationFormDialog } from '../operation-form/OperationFormDialog.tsx';"),
    // other layers are allowed-imports' business; package names are not paths
    ok('src/shared/a.ts', "import { x } from '../renderer/workspaces/court/x.ts';"),
    ok('src/renderer/workspaces/dispatch/a.ts', "import { useState } from 'react';"),
  ],
  invalid: [
    bad('src/renderer/workspaces/court/CourtWorkspace.tsx', "import { x } from '../planning/closing/x.ts';", 'other'),
    bad('src/renderer/workspaces/dispatch/map/a.ts', "import { x } from '../../planning/PlanningWorkspace.tsx';", 'other'),
    bad('src/renderer/workspaces/court/a.test.ts', "import { x } from '../planning/x.ts';", 'other'),
    bad('src/renderer/writes/ConflictInbox.tsx', "import { x } from '../workspaces/planning/OperationFormDialog.tsx';", 'outside'),
    bad('src/renderer/session/SettingsDialog.tsx', "import { x } from '../workspaces/dispatch/map/MapTilesSettings.tsx';", 'outside'),
    bad('src/renderer/App.tsx', "import { PlanningWorkspace } from './workspaces/planning/PlanningWorkspace.tsx';", 'outside'),
    bad('src/renderer/workspaces/WorkspacePanels.tsx', "import { x } from './planning/roster/RosterView.tsx';", 'notEntry'),
    // every import form is checked
    bad('src/renderer/workspaces/court/a.ts', "export { x } from '../planning/x.ts';", 'other'),
    bad('src/renderer/workspaces/court/a.ts', "const p = await import('../planning/x.ts');", 'other'),
    bad('src/renderer/workspaces/court/a.ts', "import type { X } from '../planning/x.ts';", 'other'),
    // fixture trees are classified like the real one
    bad('tools/eslint/__fixtures__/src/renderer/workspaces/court/bad.ts', "import { x } from '../planning/x.ts';", 'other'),
  ],
});

describe('the layer table', () => {
  it('has valid and invalid import cases for every layer', () => {
    for (const layer of Object.keys(LAYERS)) {
      expect(layersOf(valid), `valid cases for src/${layer}`).toContain(layer);
      expect(layersOf(invalid), `invalid cases for src/${layer}`).toContain(layer);
    }
  });

  it('lets only the renderer use the DOM', () => {
    expect(
      Object.entries(LAYERS)
        .filter(([, rules]) => rules.dom)
        .map(([name]) => name),
    ).toEqual(['renderer']);
  });
});
