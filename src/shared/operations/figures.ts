// Figures a grid row carries besides the plan: counted from the operation's details (reservations, findings,
// typed result) by the core for the rows of one block only (core/operations/page-sql.ts: FIGURE_COLUMNS), so the
// grid can show "actas", "tests" or "measured dB" without the details themselves travelling with every block.
// null: the operation has no such figure (not closed yet, another type, nothing reserved).
import type { OperationType } from './codes.ts';

export const NOISE_VERDICTS = ['compliant', 'non_compliant', 'void'] as const;
export type NoiseVerdictStatus = (typeof NOISE_VERDICTS)[number];

export interface OperationFigures {
  /** People reserved for the operation. */
  readonly peopleReserved: number | null;
  /** Findings by outcome (null before any finding was recorded). */
  readonly actas: number | null;
  readonly notices: number | null;
  readonly warnings: number | null;
  /** alcohol_test: drivers tested and anonymous self-tests. */
  readonly alcoholTests: number | null;
  readonly selfTests: number | null;
  /** noise_check: the reading (or venue peak), the background it was compared with, and the verdict by the rule. */
  readonly noiseMeasuredDb: number | null;
  readonly noiseBackgroundDb: number | null;
  readonly noiseVerdict: NoiseVerdictStatus | null;
  /** street_vending: units seized in all. */
  readonly seizedUnits: number | null;
  /** public_event: people counted against the declared capacity. */
  readonly countedAttendance: number | null;
  readonly declaredCapacity: number | null;
}
export type OperationFigure = keyof OperationFigures;

/** Figures every type can have. */
export const COMMON_FIGURES = ['peopleReserved', 'actas', 'notices', 'warnings'] as const satisfies readonly OperationFigure[];

/** Figures that only mean something for one type. */
export const TYPE_FIGURES = {
  alcohol_test: ['alcoholTests', 'selfTests'],
  noise_check: ['noiseMeasuredDb', 'noiseBackgroundDb', 'noiseVerdict'],
  street_vending: ['seizedUnits'],
  public_event: ['countedAttendance', 'declaredCapacity'],
} as const satisfies Partial<Record<OperationType, readonly OperationFigure[]>>;

/** Every figure, in column order: the common ones, then each type's. */
export const OPERATION_FIGURES = [
  ...COMMON_FIGURES,
  ...TYPE_FIGURES.alcohol_test,
  ...TYPE_FIGURES.noise_check,
  ...TYPE_FIGURES.street_vending,
  ...TYPE_FIGURES.public_event,
] as const satisfies readonly OperationFigure[];
// Every figure is listed (a figure missing from the list is a compile error here).
type Missing = Exclude<OperationFigure, (typeof OPERATION_FIGURES)[number]>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

/** The type a figure belongs to, or null for the common ones. */
export function figureType(figure: OperationFigure): OperationType | null {
  for (const [type, figures] of Object.entries(TYPE_FIGURES) as [OperationType, readonly OperationFigure[]][]) {
    if (figures.includes(figure)) return type;
  }
  return null;
}

/** The type-specific figures worth showing for a filter: those of its type when it selects exactly one. */
export function figuresForTypes(types: readonly OperationType[] | undefined): readonly OperationFigure[] {
  if (types?.length !== 1) return [];
  return (TYPE_FIGURES as Partial<Record<OperationType, readonly OperationFigure[]>>)[types[0]!] ?? [];
}
