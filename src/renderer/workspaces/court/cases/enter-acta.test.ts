import { describe, expect, it } from 'vitest';
import { initialSpecValues } from '../../../spec-form/spec-form.ts';
import { checkEnterActa, DESK_FIELDS, ENTER_ACTA_FIELDS, ENTER_ACTA_SECTIONS, specsOf } from './enter-acta.ts';

const ID = '0190a8c0-0000-7000-8000-0000000000b2';

const filled = {
  ...initialSpecValues(ENTER_ACTA_FIELDS),
  'record.offender.dni': '30.111.222',
  'record.offender.fullName': 'Juan Pérez',
  'record.legalBasis.article': '92',
  'record.occurredAt': '2026-12-05T23:40',
  barrio: 'Nueva Córdoba',
  'record.place.address': 'Bv. Chacabuco 500',
  'record.promoterId': 'prom-001',
  'record.description': 'Música a alto volumen a la madrugada.',
};

describe('checkEnterActa', () => {
  it('makes an acta at the barrio’s centre, entered at the desk', () => {
    const checked = checkEnterActa(ID, filled);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toEqual({
      kind: 'court_case.enter',
      id: ID,
      origin: 'desk',
      barrio: 'Nueva Córdoba',
      promoterName: null,
      record: {
        kind: 'acta',
        offender: { kind: 'person', dni: '30111222', fullName: 'Juan Pérez' },
        legalBasis: { norm: 'ord_12468', article: 92 },
        place: { address: 'Bv. Chacabuco 500', lat: -31.429, lng: -64.1868 },
        occurredAt: Date.UTC(2026, 11, 6, 2, 40),
        description: 'Música a alto volumen a la madrugada.',
        evidence: [],
        promoterId: 'prom-001',
      },
    });
  });

  it('keeps a camera acta against a vehicle, with its clip', () => {
    const checked = checkEnterActa(ID, {
      ...filled,
      origin: 'camera',
      'record.offender.kind': 'vehicle',
      'record.offender.plate': 'ab 123 cd',
      promoterName: 'Central de cámaras',
      'record.evidence': [{ kind: 'camera_clip', ref: 'CAM-12/2026-12-05T23:40' }],
    });
    expect(checked.ok && checked.value).toMatchObject({
      origin: 'camera',
      promoterName: 'Central de cámaras',
      record: { offender: { kind: 'vehicle', plate: 'AB123CD' }, evidence: [{ kind: 'camera_clip', ref: 'CAM-12/2026-12-05T23:40' }] },
    });
  });

  it('says what is missing or wrong, field by field', () => {
    const checked = checkEnterActa(ID, { ...initialSpecValues(ENTER_ACTA_FIELDS), 'record.offender.dni': '12' });
    expect(checked.ok).toBe(false);
    expect(checked.problems).toEqual({
      'record.offender.dni': 'invalid_dni',
      'record.offender.fullName': 'required',
      'record.legalBasis.article': 'required',
      'record.occurredAt': 'required',
      barrio: 'required',
      'record.place.address': 'required',
      'record.promoterId': 'required',
      'record.description': 'required',
    });
  });
});

it('shows every field in exactly one section, the desk’s own among them', () => {
  const paths = ENTER_ACTA_SECTIONS.flatMap((section) => specsOf(section.paths).map((spec) => spec.path));
  expect([...paths].sort()).toEqual(ENTER_ACTA_FIELDS.map((spec) => spec.path).sort());
  for (const path of DESK_FIELDS) expect(paths).toContain(path);
});
