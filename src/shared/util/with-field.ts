// Runs in: anywhere (pure). A record with one optional field set, or taken away — kept absent rather than
// `undefined`, so that a record reads the same after a round trip through JSON (the cache, the wire) and equals
// what its schema parses.

/** `record` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withField<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const rest = Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;
  return value === undefined ? rest : { ...rest, [key]: value };
}
