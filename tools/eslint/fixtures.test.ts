// Proves the real eslint.config.js enforces the layers and the workspace boundaries on real files: lints the
// deliberately broken fixtures (ignored by `npm run lint`, hence ignore: false) and expects exactly the errors they
// contain.
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (file: string) => join(projectRoot, 'tools/eslint/__fixtures__/src', file);

async function layerErrors(file: string) {
  const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: join(projectRoot, 'eslint.config.js'), ignore: false });
  const [result] = await eslint.lintFiles([fixture(file)]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('layers/'))
    .map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

describe('eslint.config.js on the layer fixtures', () => {
  it('flags a Node built-in and a DOM global in src/shared', async () => {
    expect(await layerErrors('shared/bad.ts')).toEqual([
      { rule: 'layers/allowed-imports', line: 2, message: "src/shared may not import the Node built-in 'node:fs'." },
      {
        rule: 'layers/no-dom-globals',
        line: 5,
        message: "'localStorage' is a DOM global; src/shared runs without a DOM (only src/renderer may use it).",
      },
    ]);
  });

  it('flags the console core and electron in src/renderer', async () => {
    expect(await layerErrors('renderer/bad.ts')).toEqual([
      { rule: 'layers/allowed-imports', line: 3, message: "src/renderer may not import the package 'electron'." },
      {
        rule: 'layers/allowed-imports',
        line: 4,
        message: 'src/renderer may not import from src/core (allowed: src/shared, src/renderer).',
      },
    ]);
  });

  it('finds nothing wrong with the fixture the renderer reaches for', async () => {
    expect(await layerErrors('core/x.ts')).toEqual([]);
  });

  it("flags a renderer workspace importing another workspace's file", async () => {
    expect(await layerErrors('renderer/workspaces/court/bad.ts')).toEqual([
      {
        rule: 'layers/workspace-boundaries',
        line: 3,
        message:
          "The court workspace may not import the planning workspace's '../planning/x.ts': move what both use to a shared renderer folder.",
      },
    ]);
    expect(await layerErrors('renderer/workspaces/planning/x.ts')).toEqual([]);
  });
});
