// Runs in: Node (console core). One entry point for every transport: validate against the contract,
// run the handler, wrap the answer in the ApiResult envelope. A handler never sees unvalidated input.
import { z } from 'zod';
import { contract, type MethodResult, type ParsedInput } from '../../shared/api/contract.ts';
import { isMethodName, type MethodName } from '../../shared/api/names.ts';
import type { ApiError, ApiIssue, ApiResult } from '../../shared/api/result.ts';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => MethodResult<M> | Promise<MethodResult<M>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** Thrown by handlers for an expected, user-explainable failure. */
export class HandlerError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.code);
  }
}

const fail = (error: ApiError): ApiResult<never> => ({ ok: false, error });

const MESSAGE_KEY = /^[a-z][a-z_]*$/;

export function toIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.'),
    // A schema's own message key (e.g. 'end_before_start', 'required') says more than the generic code.
    code: issue.code === 'custom' || MESSAGE_KEY.test(issue.message) ? issue.message : issue.code,
  }));
}

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatch(handlers: HandlerTable, onInternalError: (err: unknown) => void): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail({ code: 'unknown_method' });
    const parsed = contract.methods[method].input.safeParse(input);
    if (!parsed.success) return fail({ code: 'invalid_input', issues: toIssues(parsed.error) });
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof HandlerError) return fail(err.apiError);
      onInternalError(err);
      return fail({ code: 'internal' });
    }
  };
}
