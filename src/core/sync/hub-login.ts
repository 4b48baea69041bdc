// Runs in: Node. Logs in to the hub over HTTP (POST /api/login) and returns a session token.
import type { LoginAnswer } from '../../shared/hub-protocol/login.ts';
import { LoginAnswerSchema } from '../../shared/hub-protocol/login.ts';

export class HubLoginError extends Error {
  constructor(readonly reason: 'unauthorized' | 'throttled' | 'unreachable') {
    super(`hub login failed: ${reason}`);
  }
}

export interface HubCredentials {
  readonly username: string;
  readonly password: string;
}

export async function loginToHub(hubUrl: string, credentials: HubCredentials, timeoutMs = 10_000): Promise<LoginAnswer> {
  let response: Response;
  try {
    response = await fetch(new URL('/api/login', hubUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new HubLoginError('unreachable');
  }
  if (response.status === 401 || response.status === 403) throw new HubLoginError('unauthorized');
  if (response.status === 429) throw new HubLoginError('throttled');
  if (!response.ok) throw new HubLoginError('unreachable');
  const parsed = LoginAnswerSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new HubLoginError('unreachable');
  return parsed.data;
}
