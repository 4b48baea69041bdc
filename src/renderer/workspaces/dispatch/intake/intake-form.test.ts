import { describe, expect, it } from 'vitest';
import { MutationSchema } from '../../../../shared/records/mutations.ts';
import { incidentAt, memorySide, NUEVA_CORDOBA, uuidOf } from '../../../../shared/records/test-support/dispatch.ts';
import { cordobaInstant } from '../../../../shared/time/cordoba.ts';
import {
  checkLinkedComplaint,
  checkNewIncident,
  EMPTY_INTAKE,
  intakeField,
  issuesToIntakeProblems,
  type IntakeValues,
  type NewIncidentInput,
} from './intake-form.ts';

const NIGHT = cordobaInstant(2026, 11, 27, 23, 40);
const ids = { incidentId: uuidOf(1), complaintId: uuidOf(1, '9000') };
const filled: IntakeValues = {
  ...EMPTY_INTAKE,
  channel: 'line_103',
  category: 'noise',
  barrio: 'Nueva Córdoba',
  address: 'Bv. Chacabuco 500',
  description: '  Música muy fuerte en el tercer piso.  ',
  reporterPhone: '351 555-0101',
};
const input = (values: Partial<IntakeValues> = {}, rest: Partial<NewIncidentInput> = {}): NewIncidentInput => ({
  values: { ...filled, ...values },
  place: NUEVA_CORDOBA,
  ids,
  receivedAt: NIGHT,
  ...rest,
});

describe('checkNewIncident', () => {
  it('makes the incident.open mutation the hub accepts: trimmed texts, only the reporter parts given', () => {
    const checked = checkNewIncident(input());
    expect(checked).toEqual({
      ok: true,
      value: {
        kind: 'incident.open',
        id: ids.incidentId,
        category: 'noise',
        priorityOverride: null,
        place: NUEVA_CORDOBA,
        description: 'Música muy fuerte en el tercer piso.',
        complaint: {
          id: ids.complaintId,
          channel: 'line_103',
          receivedAt: NIGHT,
          description: 'Música muy fuerte en el tercer piso.',
          reporter: { phone: '351 555-0101' },
          appReference: null,
          photos: [],
          camera: null,
        },
      },
    });
    if (!checked.ok) return;
    expect(MutationSchema.safeParse(checked.value).success).toBe(true);
    const applied = memorySide(NIGHT + 60_000).apply(checked.value);
    expect(applied.ok && applied.record).toMatchObject({ id: ids.incidentId, computedPriority: 1, status: 'received', openedAt: NIGHT });
  });

  it('sends the details of the channel only: the app reference and photos, or the camera clip', () => {
    const app = checkNewIncident(
      input({ channel: 'citizens_app', appReference: ' APP-2291 ', photos: 'foto-1.jpg\n\n foto-2.jpg ', cameraId: 'CAM-7' }),
    );
    expect(app.ok && app.value.kind === 'incident.open' && app.value.complaint).toMatchObject({
      appReference: 'APP-2291',
      photos: ['foto-1.jpg', 'foto-2.jpg'],
      camera: null,
    });
    const whatsapp = checkNewIncident(input({ channel: 'whatsapp', appReference: 'APP-1', photos: 'wa-1.jpg' }));
    expect(whatsapp.ok && whatsapp.value.kind === 'incident.open' && whatsapp.value.complaint).toMatchObject({
      appReference: null,
      photos: ['wa-1.jpg'],
    });
    const camera = checkNewIncident(input({ channel: 'camera', cameraId: 'CAM-12', clipRef: 'clip/2026-11-27/2340.mp4', photos: 'x.jpg' }));
    expect(camera.ok && camera.value.kind === 'incident.open' && camera.value.complaint).toMatchObject({
      camera: { cameraId: 'CAM-12', clipRef: 'clip/2026-11-27/2340.mp4' },
      photos: [],
    });
  });

  it('an override carries its priority and reason', () => {
    const checked = checkNewIncident(input({ override: true, overridePriority: '3', overrideReason: ' Ya intervino la policía ' }));
    expect(checked.ok && checked.value.kind === 'incident.open' && checked.value.priorityOverride).toEqual({
      priority: 3,
      reason: 'Ya intervino la policía',
    });
  });

  it.each([
    [
      'nothing chosen',
      { channel: '', category: '', description: '' },
      {},
      { channel: 'required', category: 'required', description: 'required' },
    ],
    ['no barrio and no point', { barrio: '' }, { place: null }, { barrio: 'required' }],
    ['a barrio not located yet', {}, { place: null }, { barrio: 'not_located' }],
    ['an override without priority or reason', { override: true }, {}, { overridePriority: 'required', overrideReason: 'required' }],
    ['a camera complaint without its clip', { channel: 'camera', cameraId: 'CAM-1' }, {}, { clipRef: 'required' }],
    ['a camera complaint with nothing', { channel: 'camera' }, {}, { cameraId: 'required', clipRef: 'required' }],
    ['a description too long', { description: 'x'.repeat(2_001) }, {}, { description: 'too_long' }],
    ['a phone too long', { reporterPhone: '3'.repeat(41) }, {}, { reporterPhone: 'too_long' }],
    [
      'too many photos',
      { channel: 'citizens_app', photos: Array.from({ length: 11 }, (_, i) => `f${i}`).join('\n') },
      {},
      { photos: 'too_many' },
    ],
    ['an address too long', {}, { place: { ...NUEVA_CORDOBA, address: 'x'.repeat(201) } }, { address: 'too_long' }],
  ] as const)('%s: every problem by field, nothing to send', (_, values, rest, problems) => {
    expect(checkNewIncident(input(values, rest))).toEqual({ ok: false, problems });
  });
});

describe('checkLinkedComplaint', () => {
  it('links the complaint alone; the incident counts it', () => {
    const incidentId = uuidOf(7);
    const checked = checkLinkedComplaint({ ...filled, category: '', description: '' }, incidentId, ids.complaintId, NIGHT);
    expect(checked).toEqual({
      ok: true,
      value: {
        kind: 'incident.linkComplaint',
        id: incidentId,
        complaint: {
          id: ids.complaintId,
          channel: 'line_103',
          receivedAt: NIGHT,
          description: '',
          reporter: { phone: '351 555-0101' },
          appReference: null,
          photos: [],
          camera: null,
        },
      },
    });
    if (!checked.ok) return;
    const side = memorySide(NIGHT + 60_000);
    side.put('incident', incidentAt(incidentId, NIGHT - 30 * 60_000));
    const applied = side.apply(checked.value);
    expect(applied.ok && (applied.record as { complaints: unknown[] }).complaints).toHaveLength(2);
  });

  it('asks only for the complaint’s own fields', () => {
    expect(checkLinkedComplaint({ ...EMPTY_INTAKE, override: true }, uuidOf(7), ids.complaintId, NIGHT)).toEqual({
      ok: false,
      problems: { channel: 'required' },
    });
  });
});

describe('the core’s issues back onto the fields', () => {
  it.each([
    ['mutation.complaint.reporter.phone', 'reporterPhone'],
    ['mutation.complaint.reporter', 'reporterName'],
    ['mutation.complaint.camera', 'cameraId'],
    ['mutation.complaint.camera.clipRef', 'clipRef'],
    ['mutation.complaint.photos.3', 'photos'],
    ['mutation.complaint.description', 'description'],
    ['mutation.place.lat', 'barrio'],
    ['mutation.place.address', 'address'],
    ['mutation.priorityOverride.reason', 'overrideReason'],
    ['mutation.priorityOverride.priority', 'overridePriority'],
    ['mutation.category', 'category'],
    ['mutation.id', null],
    ['mutation.complaint.receivedAt', null],
  ] as const)('%s → %s', (path, field) => {
    expect(intakeField(path)).toBe(field);
  });

  it('keeps the first problem of a field and returns the issues of no field', () => {
    const issues = [
      { path: 'mutation.complaint.reporter.phone', code: 'too_big' },
      { path: 'mutation.complaint.reporter.phone', code: 'invalid_type' },
      { path: 'mutation.id', code: 'invalid_format' },
    ];
    expect(issuesToIntakeProblems(issues)).toEqual({ problems: { reporterPhone: 'too_long' }, rest: [issues[2]] });
  });
});
