// The import through the console core on a real cache file: a check writes nothing; an import is all or nothing;
// a serial or plate twice — in the file, or already in the cache — is refused with its line.
import { describe, expect, it } from 'vitest';
import { createConsoleCore, type ConsoleCore } from '../console-core.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { MAX_FRAME_BYTES } from '../../shared/api/wire.ts';

const start = (): ConsoleCore =>
  createConsoleCore({ dataDir: tempDir(), host: 'browser', version: 'test', demo: false, hub: null, log: () => {} });

const INSTRUMENTS = 'tipo;nombre;serie;modelo;calibrado_el;certificado\r\n';
const GOOD = `${INSTRUMENTS}alcoholímetro;Alco 1;IMP-1;Dräger;01/03/2026;INTI-1\r\nsonómetro;Sono 1;IMP-2;;;\r\n`;

async function value<T>(core: ConsoleCore, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

/** What the cache holds that an import could change: the resources and the outbox. */
const state = async (core: ConsoleCore) => ({
  records: await value<{ records: unknown[] }>(core, 'records.list', { entity: 'resource' }),
  outbox: await value<{ pending: number }>(core, 'outbox.status', {}),
});

describe('importing a CSV into the console', () => {
  it('checks every row without writing anything', async () => {
    const core = start();
    const before = await state(core);
    expect(await value(core, 'import.check', { kind: 'instruments', text: GOOD })).toEqual({ rows: 2, accepted: 2, refused: [] });
    expect(await state(core)).toEqual(before);
    core.close();
  });

  it('imports every row in one go and queues each for the hub', async () => {
    const core = start();
    expect(await value(core, 'import.apply', { kind: 'instruments', text: GOOD })).toEqual({
      rows: 2,
      accepted: 2,
      refused: [],
      imported: 2,
    });
    const { records, outbox } = await state(core);
    expect(records.records.map((r) => (r as { id: string }).id).sort()).toEqual(['alco-imp-1', 'sono-imp-2']);
    expect(outbox.pending).toBe(2);
    core.close();
  });

  it('imports nothing when one row is refused, and says which', async () => {
    const core = start();
    const before = await state(core);
    const text = `${GOOD}alcoholímetro;Alco 3;IMP-3;;31/13/2026;C\r\n`;
    expect(await value(core, 'import.apply', { kind: 'instruments', text })).toEqual({
      rows: 3,
      accepted: 2,
      refused: [{ line: 4, column: 'calibrado_el', code: 'invalid_date' }],
      imported: 0,
    });
    expect(await state(core)).toEqual(before);
    core.close();
  });

  it('refuses a serial the cache holds and one repeated in the file, with their lines', async () => {
    const core = start();
    await value(core, 'import.apply', { kind: 'instruments', text: GOOD });
    const text = `${INSTRUMENTS}alcoholímetro;Otro;imp 1;;;\r\nsonómetro;Nuevo;IMP-9;;;\r\nsonómetro;Nuevo bis;imp-9;;;\r\n`;
    const before = await state(core);
    expect(await value(core, 'import.apply', { kind: 'instruments', text })).toEqual({
      rows: 3,
      accepted: 1,
      refused: [
        { line: 2, column: 'serie', code: 'refused', reason: 'already_exists' },
        { line: 4, column: 'serie', code: 'duplicate', params: { line: 3 } },
      ],
      imported: 0,
    });
    expect(await state(core)).toEqual(before);
    core.close();
  });

  it('imports vehicles, the same plate in two forms refused as one', async () => {
    const core = start();
    const text = 'patente;tipo;asientos;nombre\nAB123CD;camioneta;5;Móvil 7\nAC 456 DE;Auto;4;\n';
    expect(await value(core, 'import.apply', { kind: 'vehicles', text })).toMatchObject({ accepted: 2, imported: 2 });
    const again = await value(core, 'import.check', { kind: 'vehicles', text: 'patente;tipo;asientos\nab-123-cd;moto;1\n' });
    expect(again).toEqual({ rows: 1, accepted: 0, refused: [{ line: 2, column: 'patente', code: 'refused', reason: 'already_exists' }] });
    core.close();
  });

  it('answers a hostile file with its reason, quickly: a 10 MB line, a wrong separator', async () => {
    const core = start();
    const huge = `${INSTRUMENTS}alcoholímetro;${'x'.repeat(10 * 1024 * 1024)};1;;;\r\n`;
    expect(await core.dispatch('import.check', { kind: 'instruments', text: huge })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const big = `${INSTRUMENTS}alcoholímetro;${'x'.repeat(MAX_FRAME_BYTES - 200)};1;;;\r\n`;
    expect(await value(core, 'import.check', { kind: 'instruments', text: big })).toEqual({
      rows: 0,
      accepted: 0,
      refused: [{ line: null, code: 'file_too_large', params: { max: 100 * 1024 } }],
    });
    expect(await value(core, 'import.check', { kind: 'vehicles', text: 'patente,tipo,asientos\nAB123CD,auto,4\n' })).toEqual({
      rows: 1,
      accepted: 0,
      refused: [{ line: 1, code: 'wrong_separator' }],
    });
    core.close();
  });
});
