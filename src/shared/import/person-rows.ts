// Runs anywhere: the import's columns for people (person.create, shared/records/person.ts). The id is made from
// the legajo (personId), so a legajo twice is the same person; the team is named as people name it, accents and
// case aside, and must exist; qualifications are separated by ','.
import { personId } from '../records/person-schema.ts';
import type { Qualification } from '../roster/types.ts';
import type { RowSpec } from './row-spec.ts';

const QUALIFICATIONS: Readonly<Record<string, Qualification>> = {
  alcoholimetro: 'alcohol_test_operator',
  sonometro: 'sound_meter_operator',
  'especialista ambiental': 'environment_specialist',
  conductor: 'driver',
  conductora: 'driver',
  mediador: 'mediator',
  mediadora: 'mediator',
};

export const PERSON_ROWS: RowSpec = {
  mutation: 'person.create',
  key: 'legajo',
  columns: [
    { header: 'legajo', cell: { type: 'text' }, required: true, field: 'staffNumber', example: '12.345' },
    { header: 'nombre', cell: { type: 'text' }, required: true, field: 'name', example: 'María Gómez' },
    { header: 'equipo', cell: { type: 'name', entity: 'team' }, required: true, field: 'team', example: 'Equipo Centro' },
    { header: 'base', cell: { type: 'text' }, required: false, field: 'base', example: 'CPC Centro América' },
    {
      header: 'calificaciones',
      cell: { type: 'list', options: QUALIFICATIONS },
      required: false,
      field: 'qualifications',
      example: 'alcoholímetro, conductora',
    },
    { header: 'telefono', cell: { type: 'phone' }, required: false, field: 'contact.phone', example: '+54 351 555-0101' },
    { header: 'correo', cell: { type: 'text' }, required: false, field: 'contact.email', example: 'mgomez@cordoba.gob.ar' },
  ],
  fields: (values) => {
    const staffNumber = values['legajo'] as string | undefined;
    const [phone, email] = [values['telefono'], values['correo']];
    return {
      id: staffNumber === undefined ? undefined : personId(staffNumber),
      staffNumber,
      name: values['nombre'],
      team: values['equipo'],
      base: values['base'],
      qualifications: values['calificaciones'] ?? [],
      contact: phone !== undefined || email !== undefined ? { phone, email } : undefined,
    };
  },
  refusalColumns: { already_exists: 'legajo', invalid: 'legajo', unknown_team: 'equipo', not_your_team: 'equipo' },
};
