// JSON with the keys of every object sorted: the same value always gives the same text, whichever side built the
// object and in what order — what a hash of a record is taken over (the audit chain, src/shared/audit), and how the
// console's cache stores records, so that checking a record's hash needs no parsing. Written as loops: it runs
// over every court record the audit check reads.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (value[i] === undefined ? 'null' : canonicalJson(value[i]));
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    if (object[key] === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(object[key])}`;
  }
  return `${out}}`;
}
