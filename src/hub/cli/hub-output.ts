// Runs in: Node. Translated output of the hub's command-line tools ('hub' messages; flag errors come from the
// shared 'cli' messages of parseFlags). es-AR unless --lang or LANG asks for English; dates and times in Córdoba's.
import type { Language } from '../../shared/api/prefs.ts';
import { FlagError } from '../../shared/cli/parse-flags.ts';
import { resources } from '../../shared/i18n/resources.ts';
import { interpolate, lookup } from '../../shared/i18n/translate.ts';
import { CORDOBA_TZ } from '../../shared/time/cordoba.ts';

export type HubKey = keyof (typeof resources)['es-AR']['hub'];
type Params = Record<string, string | number>;

/** Exit status for usage errors (bad flags); other failures exit with 1. */
export const USAGE_ERROR = 2;

export interface HubOutput {
  text(key: HubKey, params?: Params): string;
  say(key: HubKey, params?: Params): void;
  fail(key: HubKey, params?: Params, status?: number): never;
  /** A date and time, short, in the user's language. */
  when(epochMs: number): string;
  /** Runs a parse; a FlagError is reported (translated, then `usage`) and exits with USAGE_ERROR. */
  parse<T>(usage: HubKey, parse: () => T, context?: string): T;
}

export function hubOutput(language: Language): HubOutput {
  const text = (key: HubKey, params?: Params) => interpolate(lookup(resources[language].hub, key) ?? key, params);
  const fail = (key: HubKey, params?: Params, status = 1): never => {
    console.error(text(key, params));
    return process.exit(status);
  };
  const dateTime = new Intl.DateTimeFormat(language, { timeZone: CORDOBA_TZ, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' });
  return {
    text,
    say: (key, params) => console.log(text(key, params)),
    fail,
    when: (epochMs) => dateTime.format(epochMs),
    parse(usage, parse, context) {
      try {
        return parse();
      } catch (err) {
        if (!(err instanceof FlagError)) throw err;
        if (context) console.error(context);
        console.error(interpolate(lookup(resources[language].cli, err.key) ?? err.key, err.params));
        return fail(usage, {}, USAGE_ERROR);
      }
    },
  };
}
