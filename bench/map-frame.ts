// map.frame.p95_ms — the Despacho page in Chromium (browser mode, the built renderer, WebGL) while a person drags
// the map around, with 2,000 units sending positions 4 times a second through the real path (simulator → hub →
// console core → web host → page: board and map). Frame time = the interval between animation frames, over
// FRAMES_WINDOW_MS of continuous dragging, p95.
// baseline: the same page, the same drag, the same 2,000 units on the map but no positions arriving (the
// simulator stopped): the ceiling of drawing this map on this machine. On these machines Chromium's WebGL is
// SwiftShader — the GPU emulated on the same two CPU cores that also run the hub, the simulator and the core —
// so the ratio, not the absolute figure, says what the live units cost.
import { chromium, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium.ts';
import { startLiveDispatch } from '../e2e/support/live-dispatch.ts';
import { UNITS_UPDATE_MEASURE } from '../src/renderer/workspaces/dispatch/map/vector/units-update-measure.ts';
import type { MapBench } from './map-bench.ts';
import { log, percentile } from './report.ts';

const UNITS = 2_000;
const HZ = 4;
const SETTLE_MS = 8_000;
const FRAMES_WINDOW_MS = 12_000;

/** Runs in the page (a string: the bench runs under tsx, whose helpers must not leak into page functions). */
const START_FRAMES = `(() => {
  const w = window; w.benchFrames = []; w.benchUpdates = []; let last = performance.now();
  const tick = (t) => { w.benchFrames.push(t - last); last = t; w.benchRaf = requestAnimationFrame(tick); };
  w.benchRaf = requestAnimationFrame(tick);
  w.benchObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntriesByName('${UNITS_UPDATE_MEASURE}')) w.benchUpdates.push(entry.duration);
  });
  w.benchObserver.observe({ type: 'measure' });
})()`;
const STOP_FRAMES = `(() => {
  cancelAnimationFrame(window.benchRaf); window.benchObserver.disconnect();
  return { frames: window.benchFrames.slice(1), updates: window.benchUpdates };
})()`;

interface Observed {
  /** Intervals between animation frames, ms. */
  readonly frames: number[];
  /** Main-thread time of each units snapshot applied to the map (VectorMap's User Timing measure), ms. */
  readonly updates: number[];
}

/** Drags the map back and forth for `ms`, as a person panning; returns what the page saw meanwhile. */
async function framesWhileDragging(page: Page, ms: number): Promise<Observed> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(START_FRAMES);
  const until = Date.now() + ms;
  for (let direction = 1; Date.now() < until; direction = -direction) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) await page.mouse.move(cx + direction * step * 8, cy + direction * step * 3);
    await page.mouse.up();
  }
  return (await page.evaluate(STOP_FRAMES)) as Observed;
}

async function measure(): Promise<{ value: number; baseline: number; detail: string }> {
  const started: { stop(): Promise<void> }[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivencia-map-frame-'));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    log(`hub, simulator (${UNITS} units at ${HZ} Hz) and host…`);
    const track = <T extends { stop(): Promise<void> }>(process: T): T => (started.push(process), process);
    const { simulator, host } = await startLiveDispatch({ dir, units: UNITS, hz: HZ }, track);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'es-AR' });
    await page.goto(host.url);
    await page.getByRole('tab', { name: 'Despacho' }).click();
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('unit-picker-option').waitFor();
    await page.waitForTimeout(SETTLE_MS);
    log('dragging with live units…');
    const live = await framesWhileDragging(page, FRAMES_WINDOW_MS);
    await simulator.stop();
    await page.waitForTimeout(2_000);
    log('dragging with the same units standing still…');
    const still = await framesWhileDragging(page, FRAMES_WINDOW_MS);
    log(`frames: ${live.frames.length} live, ${still.frames.length} still; ${live.updates.length} snapshots applied`);
    const update = (p: number) => (live.updates.length ? percentile(live.updates, p).toFixed(1) : 'n/a');
    return {
      value: percentile(live.frames, 95),
      baseline: percentile(still.frames, 95),
      detail: `measured: ${live.frames.length} frames live, ${still.frames.length} still in ${FRAMES_WINDOW_MS / 1000} s; one snapshot of the fleet applied to the map took the main thread p50 ${update(50)} ms, p95 ${update(95)} ms (${live.updates.length} snapshots)`,
    };
  } finally {
    await browser.close();
    for (const child of started.reverse()) await child.stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const mapFrame: MapBench = {
  part: 'frame',
  name: 'map.frame.p95_ms',
  unit: 'ms',
  goal: { on: 'value', op: '<=', target: 20 },
  note: `${UNITS} units × ${HZ} Hz through hub → core → page while dragging the map; baseline: same drag, units still (WebGL is SwiftShader here)`,
  measure,
};
