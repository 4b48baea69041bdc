// How the backup commands run PostgreSQL's programs: which binary (PG_BIN, Debian's newest that has it, PATH) and
// a connection whose password never reaches the command line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import { postgresBinDir, toolConnection } from './postgres-tools.ts';

describe('toolConnection', () => {
  it.each<[string, string, string | undefined]>([
    ['postgres://hub:s3cret@db.example:5432/convivencia', 'postgres://hub@db.example:5432/convivencia', 's3cret'],
    ['postgresql://hub:p%40ss%3Aw%2Frd@db/convivencia?sslmode=require', 'postgresql://hub@db/convivencia?sslmode=require', 'p@ss:w/rd'],
    [
      'postgres://hub@db/convivencia?password=in-query&sslmode=verify-full',
      'postgres://hub@db/convivencia?sslmode=verify-full',
      'in-query',
    ],
    ['postgres://hub@127.0.0.1:5433/convivencia', 'postgres://hub@127.0.0.1:5433/convivencia', undefined],
  ])('%s → %s with PGPASSWORD %s', (given, url, password) => {
    const connection = toolConnection(given, { PATH: '/usr/bin' });
    expect(connection.url).toBe(url);
    expect(connection.env).toEqual({ PATH: '/usr/bin', ...(password === undefined ? {} : { PGPASSWORD: password }) });
  });

  it('keeps a PGPASSWORD the environment already has when the URL carries none', () => {
    expect(toolConnection('postgres://hub@db/x', { PGPASSWORD: 'from-env-file' }).env.PGPASSWORD).toBe('from-env-file');
  });
});

describe('postgresBinDir', () => {
  function debianRoot(layout: Record<string, string[]>): string {
    const root = tempDir('pg-root-');
    for (const [version, tools] of Object.entries(layout)) {
      fs.mkdirSync(path.join(root, version, 'bin'), { recursive: true });
      for (const tool of tools) fs.writeFileSync(path.join(root, version, 'bin', tool), '');
    }
    return root;
  }

  it.each<[string, Record<string, string[]>, NodeJS.ProcessEnv, string | null]>([
    ['the newest version that has the program', { '13': ['pg_dump'], '15': ['pg_dump'], '16': ['initdb'] }, {}, '15/bin'],
    ['versions sorted as numbers', { '9': ['pg_dump'], '12': ['pg_dump'] }, {}, '12/bin'],
    ['none that has it: PATH', { '15': ['initdb'] }, {}, null],
    ['PG_BIN over everything', { '15': ['pg_dump'] }, { PG_BIN: '/opt/pg/bin' }, '/opt/pg/bin'],
  ])('%s', (_, layout, env, expected) => {
    const root = debianRoot(layout);
    const found = postgresBinDir('pg_dump', env, root);
    expect(found).toBe(expected === null || expected.startsWith('/') ? expected : path.join(root, expected));
  });

  it('finds nothing where Debian has no PostgreSQL folder', () => {
    expect(postgresBinDir('pg_dump', {}, path.join(tempDir('pg-root-'), 'missing'))).toBeNull();
  });
});
