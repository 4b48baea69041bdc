// Runs in: Node. POST /api/login {username, password} → 200 LoginAnswer | 400 | 401 | 413 | 415 | 429.
//
// Only JSON bodies are accepted: a web page can post a form or text/plain to 127.0.0.1 without asking, but
// not application/json, so requiring it keeps browsers' cross-site requests out. Attempts are limited per
// client address (scrypt makes each one costly for the hub), and failed ones slow the next per account and per
// address (auth/login-throttle.ts: guessing passwords gets slower with every wrong one): 429 with Retry-After.
import type http from 'node:http';
import { LoginRequestSchema } from '../../shared/hub-protocol/login.ts';
import { BoundedCache } from '../../core/cache/bounded-cache.ts';
import type { Login } from '../auth/login.ts';
import { createLoginThrottle } from '../auth/login-throttle.ts';
import type { HubLog } from '../hub-log.ts';
import { createTokenBucket, type RateLimit, type TokenBucket } from '../live/token-bucket.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { sendJson } from './send-json.ts';

const MAX_LOGIN_BODY_BYTES = 4 * 1024;
const LOGIN_RATE: RateLimit = { perSecond: 2, burst: 20 };

export function createLoginRoute(login: Login, now: () => number, log: HubLog): http.RequestListener {
  const buckets = new BoundedCache<string, TokenBucket>(4096);
  const throttle = createLoginThrottle(now);
  return (req, res) => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: 'POST' });
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') return sendJson(res, 415, { error: 'invalid_input' });
    const client = req.socket.remoteAddress ?? '';
    if (!buckets.getOrCreate(client, () => createTokenBucket(LOGIN_RATE, now)).take()) {
      return sendJson(res, 429, { error: 'rate_limited' }, { 'Retry-After': '1' });
    }
    readBody(req, MAX_LOGIN_BODY_BYTES)
      .then(async (body) => {
        let json: unknown;
        try {
          json = JSON.parse(body.toString('utf8'));
        } catch {
          return sendJson(res, 400, { error: 'invalid_input' });
        }
        const request = LoginRequestSchema.safeParse(json);
        if (!request.success) return sendJson(res, 400, { error: 'invalid_input' });
        const { username } = request.data;
        const wait = throttle.wait(username, client);
        if (wait > 0) return sendJson(res, 429, { error: 'too_many_attempts' }, { 'Retry-After': String(Math.ceil(wait / 1000)) });
        const answer = await login(request.data);
        if (!answer) {
          throttle.failed(username, client);
          log.info('login refused', { username: username.slice(0, 64) });
          return sendJson(res, 401, { error: 'unauthorized' });
        }
        throttle.succeeded(username, client);
        log.info('login', { username: answer.user.username, role: answer.user.role });
        sendJson(res, 200, answer);
      })
      .catch((err: unknown) => {
        if (err instanceof BodyTooLargeError) return sendJson(res, 413, { error: 'invalid_input' }, { Connection: 'close' });
        log.error('login failed', { err });
        if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      });
  };
}
