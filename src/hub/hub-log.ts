// Runs in: Node. Where the hub reports what operators should know. Silent unless the host passes a logger (tests
// stay quiet). The CLI and the desktop's embedded hub log JSON lines on stderr — one object per line,
// {"time": ISO, "level", "msg", …fields} — because a hub runs as a service: journald, Docker and log shippers keep
// stderr, and one JSON object per line is what they parse without a pattern per message. The translated messages
// for the person who started the hub (where it listens, the demo accounts) stay plain text on stdout.
//
// Errors in fields become {name, message, stack, …their own properties, cause}: JSON.stringify would write "{}".

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, unknown>;

export interface HubLog {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export const SILENT_LOG: HubLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The line's own keys: a field of the same name cannot hide them. */
const RESERVED = new Set(['time', 'level', 'msg']);

function serialisable(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (!(value instanceof Error)) return value;
  const { name, message, stack } = value;
  return {
    name,
    message,
    stack,
    ...Object.fromEntries(Object.entries(value)),
    ...(value.cause === undefined ? {} : { cause: value.cause }),
  };
}

/** One log line (without its newline); fields that cannot be written (a cycle) are replaced by a note. */
export function logLine(time: Date, level: LogLevel, msg: string, fields: LogFields = {}): string {
  const own = Object.fromEntries(Object.entries(fields).filter(([key]) => !RESERVED.has(key)));
  const head = { time: time.toISOString(), level, msg };
  try {
    return JSON.stringify({ ...head, ...own }, serialisable);
  } catch {
    return JSON.stringify({ ...head, fields: 'not serialisable' });
  }
}

/** A log that writes the lines of `level` and above; by default on stderr (synchronous for files and pipes). */
export function jsonLog(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  clock: () => Date = () => new Date(),
): HubLog {
  const least = LOG_LEVELS.indexOf(level);
  const at = (lineLevel: LogLevel) =>
    LOG_LEVELS.indexOf(lineLevel) < least
      ? () => {}
      : (message: string, fields?: LogFields) => write(logLine(clock(), lineLevel, message, fields));
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
