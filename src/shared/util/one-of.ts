// Narrowing membership test for `as const` lists: isOneOf(OPERATION_TYPES, x) makes x an OperationType.
export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);
