// Failed logins slow the next ones (auth/login-throttle.ts), through a real hub's POST /api/login and a real console
// signing in: five wrong passwords pass as 401s; after the sixth, even the right password waits — 429 with
// Retry-After, said to the console's person as 'hub_throttled' — and once the wait is over it is accepted again and
// the count starts over. Its own hub: every request here comes from 127.0.0.1, so the address is slowed too.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test-support/temp-dir.ts';
import { createConsoleCore } from '../core/console-core.ts';
import { hubAt } from './test-support/following-console.ts';

describe('failed logins', () => {
  it('slow the next attempts for the account and the address, until the wait is over', async () => {
    const hub = await hubAt(tempDir());
    const { username, password } = hub.demo!.users.find((u) => u.role === 'dispatcher')!;
    const attempt = (pw: string) =>
      fetch(`${hub.url}/api/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: pw }),
      });

    for (let i = 0; i < 6; i++) expect((await attempt('not-the-password')).status).toBe(401);
    const refused = await attempt(password);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({ error: 'too_many_attempts' });

    const core = createConsoleCore({ dataDir: tempDir(), host: 'browser', version: 'test', demo: false, log: () => {} });
    expect(await core.dispatch('session.signIn', { url: hub.url, username, password })).toMatchObject({
      ok: false,
      error: { code: 'hub_throttled' },
    });

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await attempt(password)).status).toBe(200);
    expect((await attempt('not-the-password')).status).toBe(401); // counted from zero again
    expect((await attempt(password)).status).toBe(200);
    await core.close();
  });
});
