// `npm test` fails on any import cycle in src/ (docs/ARCHITECTURE.md, "Layers"): a module that needs itself
// back cannot be understood, tested or moved alone. Fix a cycle by moving what both sides need into a leaf.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph.ts';

const projectRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('import cycles', () => {
  it('src/ has none', () => {
    const cycles = importCycles(importGraph(path.join(projectRoot, 'src')));
    expect(cycles.map((files) => files.map((file) => path.relative(projectRoot, file)))).toEqual([]);
  });

  it('finds a cycle through a type-only import, and only the files on it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cycles-'));
    mkdirSync(path.join(root, 'x'));
    const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
    write('a.ts', "import { b } from './x/b.ts';\nexport const a = b;\n");
    write('x/b.ts', "import type { C } from '../c.ts';\nexport const b = 1 as C;\n");
    write('c.ts', "import { a } from './a.ts';\nexport type C = typeof a;\n");
    write('leaf.ts', "import { a } from './a.ts';\nexport const leaf = a;\n");
    const cycles = importCycles(importGraph(root));
    expect(cycles.map((files) => files.map((file) => path.relative(root, file)))).toEqual([['a.ts', 'c.ts', path.join('x', 'b.ts')]]);
  });
});
