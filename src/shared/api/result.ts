// The envelope every ConsoleApi call answers with, on both transports. Errors are data, not thrown
// exceptions, because Electron's IPC and a WebSocket both flatten Error objects into unreadable strings.

export const API_ERROR_CODES = [
  'invalid_input', // the payload failed the method's schema; `issues` says where
  'unknown_method',
  'forbidden', // wrong sender, origin or role
  'cache_unavailable', // the local cache could not be opened (see cache.status)
  'hub_unavailable', // the request needs the dispatch hub and the console is not connected to it (or it did not answer)
  'hub_unauthorized', // the dispatch hub refused the username or password (signing in)
  'hub_throttled', // too many failed sign-ins for that account or from this address: wait, then try again
  'refused', // the change is not possible on the record as it is (the issue code says why: not_editable, …)
  'internal',
  'connection_lost', // made by a transport, not the core: the host went away before answering
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiIssue {
  /** Dotted path of the offending field, '' for the whole payload. */
  readonly path: string;
  /** zod issue code (too_big, invalid_type, …) or a custom message key. */
  readonly code: string;
}

export interface ApiError {
  readonly code: ApiErrorCode;
  readonly issues?: readonly ApiIssue[];
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export class ApiCallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(`ConsoleApi error: ${apiError.code}`);
    this.name = 'ApiCallError';
  }
}
