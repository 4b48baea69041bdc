// One key per person, business, property or vehicle, so findings about the same one can be counted together:
// "warned before?" (antecedentes) and the repeat-offender indicator. DNI, CUIT and plate are already normalised by
// their schemas; a cadastral id is folded so "04-05-012-003" and "04.05.012.003 " are one parcel.
import { z } from 'zod';
import { CadastralIdSchema, CuitSchema, DniSchema, PlateSchema } from './fields.ts';
import type { Offender } from './findings.ts';

export type IdentityKey = `${'dni' | 'cuit' | 'cad' | 'plate'}:${string}`;

/**
 * What identifies an offender, without the name: a form looks up the antecedentes as soon as the DNI, CUIT,
 * cadastral id or plate is valid, before the name is typed. Every Offender is one.
 */
export const OffenderIdentitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), dni: DniSchema }).strict(),
  z.object({ kind: z.literal('company'), cuit: CuitSchema }).strict(),
  z.object({ kind: z.literal('property'), cadastralId: CadastralIdSchema }).strict(),
  z.object({ kind: z.literal('vehicle'), plate: PlateSchema }).strict(),
]);
export type OffenderIdentity = z.output<typeof OffenderIdentitySchema>;

const foldCadastral = (id: string) => id.toUpperCase().replace(/[^0-9A-Z]/g, '');

export function identityKey(offender: OffenderIdentity): IdentityKey {
  switch (offender.kind) {
    case 'person':
      return `dni:${offender.dni}`;
    case 'company':
      return `cuit:${offender.cuit.replace(/\D/g, '')}`;
    case 'property':
      return `cad:${foldCadastral(offender.cadastralId)}`;
    case 'vehicle':
      return `plate:${offender.plate}`;
  }
}

/** How the identity is named to people who may see it (the name, or the parcel's address, or the plate). */
export function identityName(offender: Offender): string {
  switch (offender.kind) {
    case 'person':
      return offender.fullName;
    case 'company':
      return offender.name;
    case 'property':
      return offender.address;
    case 'vehicle':
      return offender.plate;
  }
}
