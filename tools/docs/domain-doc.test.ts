// docs/DOMAIN.md is the repository's own account of the law it implements: it names the file behind every rule and
// figure. This keeps it honest as the code moves: every path it writes must exist, every rule file must be named in
// it, and every dated setting key of the catalogue must have its row in the "Dated settings" table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../src/shared/settings/catalogue.ts';

const projectRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOC = 'docs/DOMAIN.md';
const doc = readFileSync(path.join(projectRoot, DOC), 'utf8');

/** The text of every `code span` of a markdown page. */
const codeSpans = (markdown: string): string[] => [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);

/** A repository path: a top-level folder of the repository, then a file or a folder (`src/shared/rules/`). */
const REPOSITORY_PATH = /^(?:src|resources|tools|docs|bench|scripts|e2e)\/[\w./-]*$/;
/** A bare file name (`noise.ts`), as the settings table writes the rule that reads a key. */
const FILE_NAME = /^[\w.-]+\.(?:ts|tsx|json)$/;

const repositoryPaths = (markdown: string): string[] => codeSpans(markdown).filter((s) => REPOSITORY_PATH.test(s));
const fileNames = (markdown: string): string[] => codeSpans(markdown).filter((s) => FILE_NAME.test(s));

/** Every file name under the folders the page points into. */
function namesUnder(...folders: string[]): Set<string> {
  const names = new Set<string>();
  for (const folder of folders) {
    for (const entry of readdirSync(path.join(projectRoot, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) names.add(entry.name);
    }
  }
  return names;
}

/** The lines of one `## ` section of the page (up to the next one). */
function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe(DOC, () => {
  it('writes only repository paths that exist', () => {
    const paths = repositoryPaths(doc);
    // The page cites files throughout; an extractor that finds next to none is broken, not the page right.
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !existsSync(path.join(projectRoot, p)))).toEqual([]);
  });

  it('writes only file names that exist in src/ or resources/', () => {
    const names = namesUnder('src', 'resources');
    expect(fileNames(doc).filter((name) => !names.has(name))).toEqual([]);
  });

  it('names every rule file of src/shared/rules/', () => {
    const rules = readdirSync(path.join(projectRoot, 'src/shared/rules')).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
    expect(rules.length).toBeGreaterThan(0);
    const cited = new Set(repositoryPaths(doc));
    expect(rules.map((f) => `src/shared/rules/${f}`).filter((p) => !cited.has(p))).toEqual([]);
  });

  it('has a row for every dated setting key of the catalogue in "Dated settings"', () => {
    const table = section(doc, 'Dated settings');
    expect(table).not.toBe('');
    const rows = new Set([...table.matchAll(/^\| `([^`]+)` /gm)].map((m) => m[1]!));
    expect(SETTING_KEYS.filter((key) => !rows.has(key))).toEqual([]);
    // And no row for a key the catalogue no longer has.
    expect([...rows].filter((key) => !(SETTING_KEYS as readonly string[]).includes(key))).toEqual([]);
  });

  it('finds paths only in code spans, and every one of them', () => {
    const sample = 'See `src/a.ts` and `resources/geo/x.json`, the folder `src/shared/rules/`, `noise.ts`, `npm test` and src/b.ts.';
    expect(repositoryPaths(sample)).toEqual(['src/a.ts', 'resources/geo/x.json', 'src/shared/rules/']);
    expect(fileNames(sample)).toEqual(['noise.ts']);
  });
});
