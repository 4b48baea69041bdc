// Command-line flags for every CLI of the project (seed, web host, hub…): one parser, one set of
// translatable errors. "--name value" and "--name=value"; booleans are bare "--name".
import { cordobaDayRange } from '../time/cordoba.ts';

export type FlagSpec =
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'string'; readonly maxLength?: number }
  | { readonly kind: 'date' }
  | { readonly kind: 'choice'; readonly choices: readonly string[] }
  | { readonly kind: 'bool' };

type ValueOf<S extends FlagSpec> = S extends { kind: 'int' } ? number : S extends { kind: 'bool' } ? boolean : string;
export type ParsedFlags<T extends Record<string, FlagSpec>> = { -readonly [K in keyof T]?: ValueOf<T[K]> };

/** A flag error as a cli.* message key plus its parameters, for the caller to translate. */
export class FlagError extends Error {
  constructor(
    readonly key: 'unknown_flag' | 'missing_value' | 'bad_integer' | 'bad_date' | 'bad_choice',
    readonly params: Record<string, string | number>,
  ) {
    super(key);
  }
}

function convert(flag: string, spec: FlagSpec, raw: string): string | number {
  switch (spec.kind) {
    case 'int': {
      const value = /^-?\d{1,16}$/.test(raw) ? Number(raw) : NaN;
      if (!Number.isSafeInteger(value) || value < spec.min || value > spec.max)
        throw new FlagError('bad_integer', { flag, min: spec.min, max: spec.max, value: raw.slice(0, 40) });
      return value;
    }
    case 'date':
      if (!cordobaDayRange(raw)) throw new FlagError('bad_date', { flag, value: raw.slice(0, 40) });
      return raw;
    case 'choice':
      if (!spec.choices.includes(raw))
        throw new FlagError('bad_choice', { flag, choices: spec.choices.join(', '), value: raw.slice(0, 40) });
      return raw;
    default:
      if (raw.length > (('maxLength' in spec && spec.maxLength) || 4096)) throw new FlagError('missing_value', { flag });
      return raw;
  }
}

export function parseFlags<T extends Record<string, FlagSpec>>(argv: readonly string[], specs: T): ParsedFlags<T> {
  const out: Record<string, string | number | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    const spec = match ? specs[match[1]!] : undefined;
    if (!match || !spec) throw new FlagError('unknown_flag', { flag: arg.slice(0, 60) });
    const flag = `--${match[1]}`;
    if (spec.kind === 'bool') {
      if (match[2] !== undefined) throw new FlagError('unknown_flag', { flag: arg.slice(0, 60) });
      out[match[1]!] = true;
      continue;
    }
    const raw = match[2] ?? argv[++i];
    if (raw === undefined || (match[2] === undefined && raw.startsWith('--'))) throw new FlagError('missing_value', { flag });
    out[match[1]!] = convert(flag, spec, raw);
  }
  return out as ParsedFlags<T>;
}
