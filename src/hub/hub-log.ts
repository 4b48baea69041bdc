// Runs in: Node. Where the hub reports what operators should know. Silent unless the host passes a logger
// (the CLI prints to the console; tests stay quiet).
export interface HubLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const SILENT_LOG: HubLog = { info: () => {}, warn: () => {}, error: () => {} };

/** One line per message on stderr: operator output, not data. */
export const CONSOLE_LOG: HubLog = {
  info: (message, fields) => console.error(message, ...(fields ? [fields] : [])),
  warn: (message, fields) => console.error(message, ...(fields ? [fields] : [])),
  error: (message, fields) => console.error(message, ...(fields ? [fields] : [])),
};
