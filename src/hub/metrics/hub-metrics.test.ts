// A real hub's /metrics after real clients did real things: a console and a device connected, reports stored,
// refusals of every gate (socket requests, connections, logins) counted under their reason, a push timed, the
// change log's seq; two hubs in one process count apart.
import { describe, expect, it } from 'vitest';
import { LIVE_NAMESPACES } from '../../shared/hub-protocol/namespaces.ts';
import { tempDir } from '../../core/test-support/temp-dir.ts';
import type { Hub } from '../hub.ts';
import { sendToIncident } from '../test-support/console-requests.ts';
import { connectConsole, connectDevice, loginAs, refusalOf, request, sleep, telemetry } from '../test-support/hub-clients.ts';
import { sample } from '../test-support/prometheus-text.ts';
import { startedHub } from '../test-support/started-hubs.ts';

const PLACE = { barrio: 'Centro', address: null, lat: -31.42, lng: -64.18, precision: 'point' } as const;
const hubWithDemo = (units = 2): Promise<Hub> => startedHub({ dataDir: tempDir('hub-metrics-'), demoUnits: units });

async function scrape(hub: Hub): Promise<string> {
  const res = await fetch(`${hub.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

const postLogin = (hub: Hub, body: string) =>
  fetch(`${hub.url}/api/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

describe('GET /metrics', () => {
  it('counts connections, stored reports, refusals by reason, pushes and the seq', async () => {
    const hub = await hubWithDemo();
    const [mine, other] = hub.demo!.devices;
    const session = await loginAs(hub, 'despacho');
    const consoleSocket = await connectConsole(hub.url, session.token);
    const device = await connectDevice(hub.url, mine!.token);

    for (let i = 0; i < 3; i++) expect(await request(device, 'telemetry', telemetry(mine!.unitId))).toEqual({ ok: true, value: null });
    expect(await request(device, 'telemetry', { unitId: mine!.unitId })).toEqual({ ok: false, error: 'invalid_input' });
    expect(await request(device, 'telemetry', telemetry(other!.unitId))).toEqual({ ok: false, error: 'forbidden' });
    const ahead = telemetry(mine!.unitId, { deviceTime: Date.now() + 3 * 86_400_000 });
    expect(await request(device, 'telemetry', ahead)).toEqual({ ok: false, error: 'clock_ahead' });
    expect(await refusalOf(hub.url, LIVE_NAMESPACES.console, { token: 'not-a-session' })).toBe('unauthorized');
    expect(await refusalOf(hub.url, LIVE_NAMESPACES.field, { deviceToken: session.token })).toBe('forbidden');
    expect((await postLogin(hub, JSON.stringify({ username: 'despacho', password: 'wrong password' }))).status).toBe(401);
    expect((await postLogin(hub, '{not json')).status).toBe(400);
    expect((await postLogin(hub, JSON.stringify({ username: 'x', password: 'y'.repeat(8_000) }))).status).toBe(413);
    await sendToIncident(consoleSocket, mine!.unitId, PLACE);

    const text = await scrape(hub);
    expect(sample(text, 'convivencia_hub_connected_consoles')).toBe(1);
    expect(sample(text, 'convivencia_hub_connected_devices')).toBe(1);
    expect(sample(text, 'convivencia_hub_reports_total')).toBe(3);
    expect(sample(text, 'convivencia_hub_store_up')).toBe(1);
    const seq = await request<{ seq: number }>(consoleSocket, 'snapshot', {});
    expect(sample(text, 'convivencia_hub_change_log_seq')).toBe(seq.ok && seq.value.seq);
    expect(sample(text, 'convivencia_hub_push_duration_seconds_count')).toBe(1);
    expect(sample(text, 'convivencia_hub_push_duration_seconds_sum')).toBeGreaterThan(0);
    const refused = (reason: string) => sample(text, 'convivencia_hub_refused_inputs_total', `reason="${reason}"`);
    expect({
      malformed: refused('malformed'),
      too_large: refused('too_large'),
      forbidden: refused('forbidden'),
      clock: refused('clock'),
      unauthorized: refused('unauthorized'),
      rate_limited: refused('rate_limited'),
      too_many_attempts: refused('too_many_attempts'),
    }).toEqual({ malformed: 2, too_large: 1, forbidden: 2, clock: 1, unauthorized: 2, rate_limited: 0, too_many_attempts: 0 });
    expect(sample(text, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');

    device.disconnect();
    await sleep(100);
    expect(sample(await scrape(hub), 'convivencia_hub_connected_devices')).toBe(0);
  });

  it('counts a flood under rate_limited', async () => {
    const hub = await hubWithDemo(1);
    const [mine] = hub.demo!.devices;
    const device = await connectDevice(hub.url, mine!.token);
    const answers = await Promise.all(Array.from({ length: 60 }, () => request(device, 'telemetry', telemetry(mine!.unitId))));
    const limited = answers.filter((answer) => !answer.ok && answer.error === 'rate_limited').length;
    expect(limited).toBeGreaterThan(0);
    expect(sample(await scrape(hub), 'convivencia_hub_refused_inputs_total', 'reason="rate_limited"')).toBe(limited);
  });

  it('keeps each hub of one process to its own counts', async () => {
    const [first, second] = [await hubWithDemo(1), await hubWithDemo(1)];
    const device = await connectDevice(first.url, first.demo!.devices[0]!.token);
    await request(device, 'telemetry', telemetry(first.demo!.devices[0]!.unitId));
    expect(sample(await scrape(first), 'convivencia_hub_reports_total')).toBe(1);
    expect(sample(await scrape(second), 'convivencia_hub_reports_total')).toBe(0);
    expect(sample(await scrape(second), 'convivencia_hub_connected_devices')).toBe(0);
  });

  it('answers GET and HEAD only', async () => {
    const hub = await hubWithDemo(1);
    const post = await fetch(`${hub.url}/metrics`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${hub.url}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
