// Runs in: Node. POST /api/login {username, password} → 200 LoginAnswer | 400 | 401 | 413 | 415 | 429.
//
// Only JSON bodies are accepted: a web page can post a form or text/plain to 127.0.0.1 without asking, but
// not application/json, so requiring it keeps browsers' cross-site requests out. Attempts are limited per
// client address (scrypt makes each one costly for the hub), and failed ones slow the next per account and per
// address (auth/login-throttle.ts: guessing passwords gets slower with every wrong one): 429 with Retry-After.
//
// Every refusal is counted for the metrics; a refused login is logged (warn) with the username and the client's
// address — never the password — so that password guessing shows in the log.
import type http from 'node:http';
import { LoginRequestSchema } from '../../shared/hub-protocol/login.ts';
import { BoundedCache } from '../../core/cache/bounded-cache.ts';
import type { Login } from '../auth/login.ts';
import { createLoginThrottle } from '../auth/login-throttle.ts';
import type { HubLog } from '../hub-log.ts';
import type { RefusalCode } from '../metrics/refusal-reason.ts';
import { createTokenBucket, type RateLimit, type TokenBucket } from '../live/token-bucket.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { sendJson } from './send-json.ts';

const MAX_LOGIN_BODY_BYTES = 4 * 1024;
const LOGIN_RATE: RateLimit = { perSecond: 2, burst: 20 };

export function createLoginRoute(login: Login, now: () => number, log: HubLog, refused: (code: RefusalCode) => void): http.RequestListener {
  const buckets = new BoundedCache<string, TokenBucket>(4096);
  const throttle = createLoginThrottle(now);
  // A body over the limit is counted as too large and answered 'invalid_input', as the login protocol has it.
  const refuse = (res: http.ServerResponse, status: number, code: RefusalCode, headers?: http.OutgoingHttpHeaders) => {
    refused(code);
    sendJson(res, status, { error: code === 'too_large' ? 'invalid_input' : code }, headers);
  };
  const loginRefused = (username: string, client: string, reason: RefusalCode) =>
    log.warn('login refused', { username: username.slice(0, 64), client, reason });
  return (req, res) => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'POST' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return refuse(res, 415, 'invalid_input');
    const client = req.socket.remoteAddress ?? '';
    if (!buckets.getOrCreate(client, () => createTokenBucket(LOGIN_RATE, now)).take()) {
      return refuse(res, 429, 'rate_limited', { 'Retry-After': '1' });
    }
    readBody(req, MAX_LOGIN_BODY_BYTES)
      .then(async (body) => {
        let json: unknown;
        try {
          json = JSON.parse(body.toString('utf8'));
        } catch {
          return refuse(res, 400, 'invalid_input');
        }
        const request = LoginRequestSchema.safeParse(json);
        if (!request.success) return refuse(res, 400, 'invalid_input');
        const { username } = request.data;
        const wait = throttle.wait(username, client);
        if (wait > 0) {
          loginRefused(username, client, 'too_many_attempts');
          return refuse(res, 429, 'too_many_attempts', { 'Retry-After': String(Math.ceil(wait / 1000)) });
        }
        const answer = await login(request.data);
        if (!answer) {
          throttle.failed(username, client);
          loginRefused(username, client, 'unauthorized');
          return refuse(res, 401, 'unauthorized');
        }
        throttle.succeeded(username, client);
        log.info('login', { username: answer.user.username, role: answer.user.role });
        sendJson(res, 200, answer);
      })
      .catch((err: unknown) => {
        if (err instanceof BodyTooLargeError) return refuse(res, 413, 'too_large', { Connection: 'close' });
        log.error('login failed', { err });
        if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      });
  };
}
