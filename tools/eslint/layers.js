// Local ESLint plugin: the layer rules of docs/ARCHITECTURE.md ("imports flow downward only"), driven by one table,
// and the renderer's workspace boundaries (a workspace's files are its own).
// Plain JavaScript so ESLint loads it without a compile step; layers.d.ts types it for the tests.
//
// A file's layer is the last `src/<layer>/` segment of its path, so the same rules classify the project's own
// files and the fixtures under tools/eslint/__fixtures__/src/<layer>/. Relative specifiers are resolved against
// the importing file and classified the same way, relative to the same project root.
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Packages that only make sense in a browser page. */
const DOM_PACKAGES = ['react*', 'ag-grid*', 'i18next', 'react-i18next', 'chart.js'];
/** Packages that need Node (or Electron's main process). */
const NODE_PACKAGES = ['electron', 'better-sqlite3', 'ws', 'socket.io*'];

/**
 * What each layer may import.
 * - layers: project layers (src/<name>) it may reach with a relative import.
 * - resources: file extensions it may import from resources/ (none when absent).
 * - packages: `only` lists the allowed packages, `except` the forbidden ones ('name*' = prefix).
 * - nodeBuiltins: whether 'node:*' / 'fs' / 'path' … may be imported.
 * - dom: whether DOM globals (window, document, …) may be used.
 */
export const LAYERS = {
  shared: { layers: ['shared'], resources: ['.json'], packages: { only: ['zod'] }, nodeBuiltins: false, dom: false },
  core: { layers: ['shared', 'core'], packages: { except: ['electron', ...DOM_PACKAGES] }, nodeBuiltins: true, dom: false },
  // The hub is a Node server like the web host: it reuses the core's SQLite infrastructure (cache/).
  // It reads data it ships with (the common-password list) from resources/ as JSON.
  hub: {
    layers: ['shared', 'core', 'hub'],
    resources: ['.json'],
    packages: { except: ['electron', ...DOM_PACKAGES] },
    nodeBuiltins: true,
    dom: false,
  },
  // Hosts compose the console: the core, and the embedded hub of the zero-set-up default.
  web: { layers: ['shared', 'core', 'hub', 'web'], packages: { except: ['electron', ...DOM_PACKAGES] }, nodeBuiltins: true, dom: false },
  main: { layers: ['shared', 'core', 'hub', 'main'], packages: { except: DOM_PACKAGES }, nodeBuiltins: true, dom: false },
  // A sandboxed preload can require nothing but 'electron' at run time (dependencies stay external in the bundle).
  preload: { layers: ['shared', 'preload'], packages: { only: ['electron'] }, nodeBuiltins: false, dom: false },
  // The renderer talks to the rest of the console only through window.consoleApi, never to the hub itself.
  renderer: { layers: ['shared', 'renderer'], resources: ['*'], packages: { except: NODE_PACKAGES }, nodeBuiltins: false, dom: true },
};

/** Test files of any layer may use the test runner and read fixtures from disk. */
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
// jstat: the reference implementation statistics tests check the console's own numbers against.
const TEST_PACKAGES = ['vitest', 'jstat'];

export const DOM_GLOBALS = [
  'window',
  'self',
  'document',
  'location',
  'history',
  'navigator',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'requestAnimationFrame',
  'getComputedStyle',
];

const LAYER_SEGMENT = new RegExp(`(?:^|/)src/(${Object.keys(LAYERS).join('|')})/`, 'g');

const toPosix = (file) => file.split(path.sep).join('/');

/** { root, layer } for a file under <root>/src/<layer>/, else undefined (scripts, e2e, configs…). Root is '/'-separated. */
function layerOf(filename) {
  const file = toPosix(filename);
  const matches = [...file.matchAll(LAYER_SEGMENT)];
  const last = matches.at(-1);
  if (!last) return undefined;
  const start = last.index + (last[0].startsWith('/') ? 1 : 0);
  return { root: file.slice(0, start), layer: last[1] };
}

/** What a resolved path inside the project is: a layer, resources/, or something else (scripts, tools…). */
function classifyTarget(root, target) {
  if (!target.startsWith(root)) return { kind: 'outside' };
  const inside = target.slice(root.length);
  const layer = /^src\/([^/]+)\//.exec(inside);
  if (layer && layer[1] in LAYERS) return { kind: 'layer', name: layer[1] };
  if (inside.startsWith('resources/')) return { kind: 'resources', ext: path.posix.extname(inside) };
  return { kind: 'other', name: inside };
}

const isBuiltin = (specifier) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0]);

const packageName = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

const matchesAny = (name, patterns) =>
  patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));

function packageAllowed(rules, name) {
  if (rules.only) return matchesAny(name, rules.only);
  return !matchesAny(name, rules.except ?? []);
}

/** Why `specifier` may not be imported from `filename`, or undefined if it may. */
function importViolation(filename, specifier) {
  const absolute = path.resolve(filename);
  const from = layerOf(absolute);
  if (!from) return undefined;
  const rules = LAYERS[from.layer];
  const isTest = TEST_FILE.test(filename);
  const bare = specifier.replace(/[?#].*$/, ''); // Vite query suffixes (?raw, ?url)

  if (bare.startsWith('.') || bare.startsWith('/')) {
    const target = classifyTarget(from.root, toPosix(path.resolve(path.dirname(absolute), bare)));
    if (target.kind === 'layer') {
      return rules.layers.includes(target.name)
        ? undefined
        : {
            messageId: 'layer',
            data: { from: from.layer, target: `src/${target.name}`, allowed: rules.layers.map((l) => `src/${l}`).join(', ') },
          };
    }
    if (target.kind === 'resources') {
      const allowed = rules.resources ?? [];
      return allowed.includes('*') || allowed.includes(target.ext)
        ? undefined
        : { messageId: 'resources', data: { from: from.layer, specifier } };
    }
    return { messageId: 'outside', data: { from: from.layer, specifier } };
  }

  if (isBuiltin(bare)) {
    return rules.nodeBuiltins || isTest ? undefined : { messageId: 'builtin', data: { from: from.layer, specifier } };
  }
  const name = packageName(bare);
  if (isTest && TEST_PACKAGES.includes(name)) return undefined;
  return packageAllowed(rules.packages, name) ? undefined : { messageId: 'package', data: { from: from.layer, name } };
}

/** The module specifier of an import-like node, when it is a static string. */
function staticSpecifier(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

/** Visitors calling `check` with the source node of every import form: import, export … from, import(), require(). */
function importSources(check) {
  return {
    ImportDeclaration: (node) => check(node.source),
    ExportNamedDeclaration: (node) => check(node.source),
    ExportAllDeclaration: (node) => check(node.source),
    ImportExpression: (node) => check(node.source),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
    },
  };
}

const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports within the layers allowed by tools/eslint/layers.js (LAYERS).' },
    schema: [],
    messages: {
      layer: 'src/{{from}} may not import from {{target}} (allowed: {{allowed}}).',
      resources: "src/{{from}} may not import '{{specifier}}' from resources/.",
      outside: "src/{{from}} may only import project layers, not '{{specifier}}'.",
      builtin: "src/{{from}} may not import the Node built-in '{{specifier}}'.",
      package: "src/{{from}} may not import the package '{{name}}'.",
    },
  },
  create(context) {
    const filename = context.filename;
    if (!layerOf(filename)) return {};
    const check = (sourceNode) => {
      const specifier = staticSpecifier(sourceNode);
      if (specifier === undefined) return;
      const violation = importViolation(filename, specifier);
      if (violation) context.report({ node: sourceNode, ...violation });
    };
    return importSources(check);
  },
};

const noDomGlobals = {
  meta: {
    type: 'problem',
    docs: { description: 'DOM globals only in layers whose LAYERS entry has dom: true (the renderer).' },
    schema: [],
    messages: {
      dom: "'{{name}}' is a DOM global; src/{{from}} runs without a DOM (only src/renderer may use it).",
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from || LAYERS[from.layer].dom) return {};
    return {
      'Program:exit'(program) {
        const globalScope = context.sourceCode.getScope(program);
        // Undeclared globals end up in `through`; globals declared by languageOptions.globals are variables
        // without definitions. A local binding of the same name (a parameter `window`) is neither.
        const references = [
          ...globalScope.through,
          ...globalScope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references),
        ];
        for (const reference of references) {
          const name = reference.identifier.name;
          if (DOM_GLOBALS.includes(name)) {
            context.report({ node: reference.identifier, messageId: 'dom', data: { name, from: from.layer } });
          }
        }
      },
    };
  },
};

/** src/renderer/workspaces/: one folder per workspace, and the root files that lay the workspaces out. */
const WORKSPACES_DIR = 'workspaces/';
/** A workspace's entry component: `<Name>Workspace.tsx` directly in its folder (planning/PlanningWorkspace.tsx). */
const WORKSPACE_ENTRY = /^[A-Z]\w*Workspace\.tsx$/;

/**
 * Where a '/'-separated path sits in the renderer's workspaces: `{ workspace, rest }` inside
 * src/renderer/workspaces/<workspace>/, `{ workspace: null }` for a root file (WorkspacePanels.tsx, workspaces.ts),
 * undefined elsewhere. `inRenderer` is the path after the project's `src/renderer/`.
 */
function workspacePlace(inRenderer) {
  if (!inRenderer.startsWith(WORKSPACES_DIR)) return undefined;
  const [first, ...rest] = inRenderer.slice(WORKSPACES_DIR.length).split('/');
  return rest.length === 0 ? { workspace: null } : { workspace: first, rest: rest.join('/') };
}

/** Why a renderer file may not import `specifier` across the workspace boundaries, or undefined if it may. */
function workspaceViolation(filename, specifier) {
  const absolute = toPosix(path.resolve(filename));
  const from = layerOf(absolute);
  if (from?.layer !== 'renderer' || !specifier.startsWith('.')) return undefined;
  const rendererRoot = `${from.root}src/renderer/`;
  const target = toPosix(path.resolve(path.dirname(absolute), specifier.replace(/[?#].*$/, '')));
  if (!target.startsWith(rendererRoot)) return undefined; // other layers: allowed-imports decides
  const to = workspacePlace(target.slice(rendererRoot.length));
  if (!to || to.workspace === null) return undefined; // not a workspace's own file
  const place = workspacePlace(absolute.slice(rendererRoot.length));
  const data = { target: to.workspace, specifier };
  if (place === undefined) return { messageId: 'outside', data };
  if (place.workspace === null) return WORKSPACE_ENTRY.test(to.rest) ? undefined : { messageId: 'notEntry', data };
  return place.workspace === to.workspace ? undefined : { messageId: 'other', data: { ...data, from: place.workspace } };
}

const workspaceBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "A renderer workspace's files are its own: no other workspace and no file outside workspaces/ imports them; " +
        'only the root files of src/renderer/workspaces/ reach a workspace, through its entry component.',
    },
    schema: [],
    messages: {
      other:
        "The {{from}} workspace may not import the {{target}} workspace's '{{specifier}}': move what both use to a shared renderer folder.",
      outside:
        "Only src/renderer/workspaces/*.ts(x) reach a workspace: move '{{specifier}}' (of the {{target}} workspace) to a shared renderer folder.",
      notEntry:
        "src/renderer/workspaces/ may import only the {{target}} workspace's entry component (<Name>Workspace.tsx), not '{{specifier}}'.",
    },
  },
  create(context) {
    if (layerOf(context.filename)?.layer !== 'renderer') return {};
    return importSources((sourceNode) => {
      const specifier = staticSpecifier(sourceNode);
      const violation = specifier === undefined ? undefined : workspaceViolation(context.filename, specifier);
      if (violation) context.report({ node: sourceNode, ...violation });
    });
  },
};

export default {
  meta: { name: 'layers' },
  rules: { 'allowed-imports': allowedImports, 'no-dom-globals': noDomGlobals, 'workspace-boundaries': workspaceBoundaries },
};
