// Keeps docs/ARCHITECTURE.md's "Adding a record kind" honest: copies the project, makes exactly the two steps the
// recipe shows (its kind file, its registry entry — taken from the page itself), and proves that
//   - the copy typechecks, and a note goes from one console through a real hub to another, readable only by the
//     kind's readers — nothing else had to be written;
//   - its screens: the renderer's tables keyed by the kinds people change (what the conflict inbox compares and
//     how it names it) do not compile until they name the new kind — and nothing else in the renderer complains;
//   - declared with a table of its own instead (cache: 'own'), the same kind does not compile, and the compiler
//     names what is missing: its store.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../src/core/test-support/temp-dir.ts';

const run = promisify(execFile);
const projectRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const recipe = fs.readFileSync(path.join(projectRoot, 'docs/ARCHITECTURE.md'), 'utf8').split('### Adding a record kind')[1]!;

/** The recipe's code blocks, by the path their first line names. */
function recipeBlocks(): Map<string, string> {
  const blocks = [...recipe.matchAll(/```ts\n\/\/ (\S+)\n([\s\S]*?)```/g)];
  return new Map(blocks.map(([, file, body]) => [file!, body!]));
}

/** A copy of the project (sources, configs; node_modules linked) with the recipe's two steps applied. */
function copyWithNote(cache: 'records' | 'own'): string {
  const copy = tempDir();
  for (const entry of [
    'src',
    'tools',
    'resources',
    'package.json',
    'tsconfig.base.json',
    'tsconfig.node.json',
    'tsconfig.web.json',
    'tsconfig.tools.json',
  ]) {
    fs.cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'));
  const blocks = recipeBlocks();
  const kindFile = blocks.get('src/shared/records/note.ts')!;
  fs.writeFileSync(path.join(copy, 'src/shared/records/note.ts'), kindFile.replace("cache: 'records'", `cache: '${cache}'`));
  const entry = blocks.get('src/shared/records/registry.ts')!.trim(); // "note: noteKind,"
  const registryFile = path.join(copy, 'src/shared/records/registry.ts');
  const registry = fs
    .readFileSync(registryFile, 'utf8')
    .replace('export const RECORD_KINDS = {', `export const RECORD_KINDS = {\n  ${entry}`)
    .replace(
      "import { operationKind } from './operation.ts';",
      "import { noteKind } from './note.ts';\nimport { operationKind } from './operation.ts';",
    );
  fs.writeFileSync(registryFile, registry);
  return copy;
}

async function typecheck(copy: string, project = 'tsconfig.node.json'): Promise<{ ok: boolean; output: string }> {
  const tsc = path.join(projectRoot, 'node_modules/typescript/bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: copy });
    return { ok: true, output: '' };
  } catch (err) {
    return { ok: false, output: String((err as { stdout?: string }).stdout ?? err) };
  }
}

const NOTE = { kind: 'note.add', id: '0190a8c0-0000-7000-8000-00000000a0e1', text: 'Cambio de turno: Móvil 03 sin radio' };

describe('adding a record kind, as docs/ARCHITECTURE.md shows it', () => {
  it('is one file and one registry entry: it compiles and a note round-trips through a real hub', { timeout: 240_000 }, async () => {
    expect([...recipeBlocks().keys()]).toEqual(['src/shared/records/note.ts', 'src/shared/records/registry.ts']);
    const copy = copyWithNote('records');
    expect(await typecheck(copy)).toEqual({ ok: true, output: '' });
    const plan = { entity: 'note', mutation: NOTE, writer: 'dispatcher', reader: 'coordinator', outsider: 'judge' };
    const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
    const { stdout } = await run(process.execPath, [tsx, 'tools/records/kind-round-trip.ts', JSON.stringify(plan)], { cwd: copy });
    const { written, seen, outsider } = JSON.parse(stdout.trim().split('\n').at(-1)!);
    const note = { id: NOTE.id, text: NOTE.text, version: 1 };
    expect(written).toEqual({ ok: true, value: { record: note } });
    expect(seen).toEqual({ ok: true, value: { records: [note] } });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('with a table of its own, does not compile until the console has a store for it', { timeout: 240_000 }, async () => {
    const { ok, output } = await typecheck(copyWithNote('own'));
    expect(ok).toBe(false);
    expect(output).toMatch(/src\/core\/records\/own-stores\.ts.*Property 'note' is missing/s);
  });

  it('asks for its screens: only the renderer’s tables keyed by kind fail to compile, naming it', { timeout: 240_000 }, async () => {
    const { ok, output } = await typecheck(copyWithNote('records'), 'tsconfig.web.json');
    expect(ok).toBe(false);
    const files = [...new Set([...output.matchAll(/^(src\/[^(]+)\(/gm)].map(([, file]) => file))];
    expect(files.sort()).toEqual(['src/renderer/writes/ConflictInbox.tsx', 'src/renderer/writes/conflict-diff.ts']);
    expect(output).toMatch(/Property 'note' is missing/);
  });
});
