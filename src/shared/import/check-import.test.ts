import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.ts';
import type { MutationContext, VersionedRecord } from '../records/kind.ts';
import { applyMutation, entityOf } from '../records/mutations.ts';
import type { SharedRecord } from '../records/registry.ts';
import type { ResourceRecord } from '../records/resource.ts';
import { teamId } from '../records/team.ts';
import { searchKey } from '../text/search-key.ts';
import { CSV_BOM } from '../util/csv.ts';
import { checkImport, type ImportJudge } from './check-import.ts';
import { IMPORT_KINDS, ROW_SPECS, type ImportKind } from './import-kinds.ts';
import { importTemplate } from './import-template.ts';

const NOW = Date.UTC(2026, 5, 1, 15); // 1 June 2026, noon in Córdoba
const CENTRO = { id: teamId('Equipo Centro'), name: 'Equipo Centro', coordinators: ['coord'], version: 1 };

/** What a console holds, and the judge over it: the mutation applied as the write path applies it, then kept. */
function holding(records: readonly (readonly [string, VersionedRecord])[], role: Role = 'administrator'): ImportJudge {
  const store = new Map(records.map(([entity, record]) => [`${entity}/${record.id}`, record]));
  const context: MutationContext = {
    now: NOW,
    by: role === 'administrator' ? 'admin' : 'otro',
    role,
    console: null,
    read: (entity, id) => store.get(`${entity}/${id}`) ?? null,
    settings: () => [],
    caseNumber: () => 'none',
  };
  return {
    idByName: (entity, name) =>
      [...store.values()].find(
        (r) => store.get(`${entity}/${r.id}`) === r && searchKey((r as { name?: string }).name ?? '') === searchKey(name),
      )?.id ?? null,
    apply: (mutation) => {
      const entity = entityOf(mutation.kind);
      const applied = applyMutation(context.read(entity, mutation.id) as SharedRecord | null, mutation, context);
      if (!applied.ok) return applied.reason;
      store.set(`${entity}/${mutation.id}`, applied.record);
      return null;
    },
  };
}

const check = (kind: ImportKind, text: string, judge = holding([['team', CENTRO]])) => checkImport(ROW_SPECS[kind], text, judge);
const problems = (kind: ImportKind, text: string, judge?: ImportJudge) => check(kind, text, judge).report.refused;

const INSTRUMENTS = 'tipo;nombre;serie;modelo;calibrado_el;certificado\r\n';

describe('the import check', () => {
  it.each(IMPORT_KINDS)('accepts its own template of %s, which round-trips the export’s conventions', (kind) => {
    const checked = check(kind, importTemplate(kind));
    expect(checked.report).toEqual({ rows: 1, accepted: 1, refused: [] });
    expect(checked.mutations).toHaveLength(1);
  });

  it('makes each row its mutation, with the id the form makes', () => {
    const text = `${CSV_BOM}${INSTRUMENTS}"Alcoholímetro";"Alco 7";"DS-0042";"Dräger";"15/03/2026";"INTI-1"\r\nSONÓMETRO;Sono 9;SN 9;;;\r\n`;
    expect(check('instruments', text).mutations).toEqual([
      {
        kind: 'resource.create',
        id: 'alco-ds-0042',
        instrument: 'breathalyser',
        label: 'Alco 7',
        serial: 'DS-0042',
        model: 'Dräger',
        calibration: { on: '2026-03-15', certificate: 'INTI-1' },
      },
      { kind: 'resource.create', id: 'sono-sn-9', instrument: 'sound_meter', label: 'Sono 9', serial: 'SN 9' },
    ]);
  });

  it.each([
    ['a comma-separated file', 'tipo,nombre,serie\nalcoholímetro,A,1\n', [{ line: 1, code: 'wrong_separator' }]],
    ['a tab-separated file', 'tipo\tnombre\tserie\nalcoholímetro\tA\t1\n', [{ line: 1, code: 'wrong_separator' }]],
    [
      'unknown, repeated and missing columns',
      'tipo;nombre;Nombre;número\n',
      [
        { line: 1, code: 'duplicate_column', params: { column: 'Nombre' } },
        { line: 1, code: 'unknown_column', params: { column: 'número' } },
        { line: 1, code: 'missing_column', params: { column: 'serie' } },
      ],
    ],
    ['only a header', 'tipo;nombre;serie\r\n', [{ line: null, code: 'no_rows' }]],
    ['nothing at all', '', [{ line: null, code: 'no_rows' }]],
  ])('refuses the whole file: %s', (_name, text, refused) => {
    const checked = check('instruments', text);
    expect(checked.report.refused).toEqual(refused);
    expect(checked.report.accepted).toBe(0);
    expect(checked.mutations).toEqual([]);
  });

  it('matches headers in any order, case and accents', () => {
    expect(check('instruments', 'SERIE;Nombre;Tipo;Calibrado_El;Certificado\nX-1;A;alcoholimetro;01/05/2026;C\n').report).toEqual({
      rows: 1,
      accepted: 1,
      refused: [],
    });
  });

  it.each([
    ['a row with a field too few', 'alcoholímetro;A', [{ line: 2, code: 'field_count', params: { expected: 6, found: 2 } }]],
    ['a formula in a text column', 'alcoholímetro;=1+1;S1;;;', [{ line: 2, column: 'nombre', code: 'formula' }]],
    ['a DDE payload starting with +', `alcoholímetro;+cmd|' /C calc'!A0;S1;;;`, [{ line: 2, column: 'nombre', code: 'formula' }]],
    ['a tab-led cell', 'alcoholímetro;\t=1;S1;;;', [{ line: 2, column: 'nombre', code: 'formula' }]],
    ['an @ in a choice column', '@SUM(A1);A;S1;;;', [{ line: 2, column: 'tipo', code: 'formula' }]],
    ['a line break in a name', 'alcoholímetro;"A\nB";S1;;;', [{ line: 2, column: 'nombre', code: 'control_character' }]],
    [
      'an unknown kind',
      'etilómetro;A;S1;;;',
      [{ line: 2, column: 'tipo', code: 'unknown_option', params: { options: 'alcoholimetro, sonometro' } }],
    ],
    ['a date in another form', 'alcoholímetro;A;S1;;2026-03-15;C', [{ line: 2, column: 'calibrado_el', code: 'invalid_date' }]],
    ['a date that does not exist', 'alcoholímetro;A;S1;;31/02/2026;C', [{ line: 2, column: 'calibrado_el', code: 'invalid_date' }]],
    ['a certificate without its date', 'alcoholímetro;A;S1;;;C', [{ line: 2, column: 'calibrado_el', code: 'required' }]],
    ['a missing serial', 'alcoholímetro;A;;;;', [{ line: 2, column: 'serie', code: 'required' }]],
    ['a serial too long', `alcoholímetro;A;${'9'.repeat(61)};;;`, [{ line: 2, column: 'serie', code: 'too_long', params: { max: 60 } }]],
    [
      'a calibration after today',
      'alcoholímetro;A;S1;;02/06/2026;C',
      [{ line: 2, column: 'calibrado_el', code: 'refused', reason: 'future_date' }],
    ],
  ])('refuses a row: %s', (_name, row, refused) => {
    const checked = check('instruments', `${INSTRUMENTS}${row}\nsonómetro;Bien;OK-1;;;\n`);
    expect(checked.report).toEqual({ rows: 2, accepted: 1, refused });
    expect(checked.mutations).toEqual([]);
  });

  it('takes off the apostrophe the export puts before a formula-like text, and only that one', () => {
    const [mutation] = check('instruments', `${INSTRUMENTS}alcoholímetro;'=Alco (+1);'-S1;'Modelo;;\n`).mutations;
    expect(mutation).toMatchObject({ label: '=Alco (+1)', serial: '-S1', model: `'Modelo` });
  });

  it('refuses a serial twice in the file with both lines, and one the console already holds', () => {
    const record: ResourceRecord = { id: 'alco-held-1', kind: 'breathalyser', label: 'Viejo', serial: 'HELD-1', version: 3 };
    const held = holding([['resource', record]]);
    const text = `${INSTRUMENTS}alcoholímetro;A;DS 1;;;\nalcoholímetro;B;held-1;;;\nsonómetro;C;DS 1;;;\nalcoholímetro;D;ds-1;;;\n`;
    expect(problems('instruments', text, held)).toEqual([
      { line: 3, column: 'serie', code: 'refused', reason: 'already_exists' },
      { line: 5, column: 'serie', code: 'duplicate', params: { line: 2 } },
    ]);
  });

  it.each([
    [
      'a negative number of seats is a number, not a formula',
      'AB123CD;auto;-3;',
      { column: 'asientos', code: 'too_small', params: { min: 1 } },
    ],
    ['seats that are not a number', 'AB123CD;auto;cinco;', { column: 'asientos', code: 'invalid_number' }],
    ['a formula in the seats', 'AB123CD;auto;=2+3;', { column: 'asientos', code: 'formula' }],
    ['a plate not in use', 'AB12;auto;4;', { column: 'patente', code: 'invalid_format' }],
    ['an unknown vehicle type', 'AB123CD;tanque;4;', { column: 'tipo', code: 'unknown_option' }],
  ])('vehicles: %s', (_name, row, problem) => {
    const refused = problems('vehicles', `patente;tipo;asientos;nombre\n${row}\n`);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ line: 2, ...problem });
  });

  it('vehicles: the same plate written two ways is the same vehicle', () => {
    const checked = check('vehicles', 'patente;tipo;asientos;nombre\nab 123 cd;Camioneta;5;Móvil 7\nAB-123-CD;auto;4;\n');
    expect(checked.report.refused).toEqual([{ line: 3, column: 'patente', code: 'duplicate', params: { line: 2 } }]);
  });

  const PEOPLE = 'legajo;nombre;equipo;base;calificaciones;telefono;correo\n';

  it('people: a phone starting with + is a phone; the team is found by its name, accents and case aside', () => {
    const [mutation] = check('people', `${PEOPLE}12.345;Ana Díaz;EQUIPO centro;;Alcoholímetro, mediadora;+54 351 555-0101;\n`).mutations;
    expect(mutation).toEqual({
      kind: 'person.create',
      id: 'per-12-345',
      staffNumber: '12.345',
      name: 'Ana Díaz',
      team: CENTRO.id,
      qualifications: ['alcohol_test_operator', 'mediator'],
      contact: { phone: '+54 351 555-0101' },
    });
  });

  it.each([
    ['a formula in the phone', '1;A;Equipo Centro;;;=1+2;', { column: 'telefono', code: 'formula' }],
    ['a phone with letters', '1;A;Equipo Centro;;;llamar;', { column: 'telefono', code: 'invalid_format' }],
    ['an e-mail without a domain', '1;A;Equipo Centro;;;;ana@', { column: 'correo', code: 'invalid_format' }],
    ['an unknown team', '1;A;Equipo Norte;;;;', { column: 'equipo', code: 'unknown_name', params: { name: 'Equipo Norte' } }],
    ['an unknown qualification', '1;A;Equipo Centro;;alcoholímetro, piloto;;', { column: 'calificaciones', code: 'unknown_option' }],
    ['a legajo starting with -', '-1;A;Equipo Centro;;;;', { column: 'legajo', code: 'formula' }],
  ])('people: %s', (_name, row, problem) => {
    const [refused] = problems('people', `${PEOPLE}${row}\n`);
    expect(refused).toMatchObject({ line: 2, ...problem });
  });

  it('people: a coordinator imports only into a team they coordinate', () => {
    const outsider = holding([['team', CENTRO]], 'coordinator');
    expect(problems('people', `${PEOPLE}1;A;Equipo Centro;;;;\n`, outsider)).toEqual([
      { line: 2, column: 'equipo', code: 'refused', reason: 'not_your_team' },
    ]);
  });
});
