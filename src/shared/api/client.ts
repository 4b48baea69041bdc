// Typed view of a bridge: api.call('operations.page', {...}) is checked against the contract.
import type { ConsoleApiBridge } from './bridge.ts';
import type { EventPayload, MethodInput, MethodResult } from './contract.ts';
import type { EventName, MethodName } from './names.ts';
import { ApiCallError } from './result.ts';

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export function createApiClient(bridge: ConsoleApiBridge): ApiClient {
  return {
    async call(method, input) {
      const result = await bridge.call(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as never;
    },
    on(event, listener) {
      return bridge.subscribe(event, listener as (payload: unknown) => void);
    },
  };
}
