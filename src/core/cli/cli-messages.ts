// Runs in: Node. Translated output for command-line tools: es-AR unless LANG (or --lang) asks for English.
import type { Language } from '../../shared/api/prefs.ts';
import { FlagError } from '../../shared/cli/parse-flags.ts';
import { resources } from '../../shared/i18n/resources.ts';
import { interpolate, lookup, pickLanguage } from '../../shared/i18n/translate.ts';

export type CliKey = keyof (typeof resources)['es-AR']['cli'];

export interface CliOutput {
  readonly language: Language;
  say(key: CliKey, params?: Record<string, string | number>): void;
  fail(key: CliKey, params?: Record<string, string | number>): never;
  text(key: CliKey, params?: Record<string, string | number>): string;
}

/** Finds --lang before full parsing, so even a flag error is reported in the chosen language. */
export function languageFromArgs(argv: readonly string[]): Language {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const explicit = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return pickLanguage(explicit, process.env.LC_ALL || process.env.LANG || '');
}

export function cliOutput(language: Language): CliOutput {
  const text = (key: CliKey, params?: Record<string, string | number>) => interpolate(lookup(resources[language].cli, key) ?? key, params);
  return {
    language,
    text,
    say: (key, params) => console.log(text(key, params)),
    fail: (key, params) => {
      console.error(text(key, params));
      process.exit(2);
    },
  };
}

/** Parses flags or exits with a translated message and the usage line. */
export function parseOrExit<T>(out: CliOutput, usage: CliKey, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    console.error(out.text(err.key, err.params));
    return out.fail(usage);
  }
}
