// Runs anywhere: what can be imported, each with its row spec — the one table the API, the check and the screen read.
import { INSTRUMENT_ROWS } from './instrument-rows.ts';
import { PERSON_ROWS } from './person-rows.ts';
import type { RowSpec } from './row-spec.ts';
import { VEHICLE_ROWS } from './vehicle-rows.ts';

export const IMPORT_KINDS = ['people', 'vehicles', 'instruments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ROW_SPECS: Readonly<Record<ImportKind, RowSpec>> = {
  people: PERSON_ROWS,
  vehicles: VEHICLE_ROWS,
  instruments: INSTRUMENT_ROWS,
};
