// What live:e2e runs inside the page (Playwright serializes these functions: each must stand on its own).

/** Runs in the page: timestamps every change of a rendered row's speed cell. */
export function observeSpeedCells(): void {
  const samples: [string, string, number][] = [];
  (window as unknown as { liveBenchSamples: typeof samples }).liveBenchSamples = samples;
  const last = new Map<string, string>();
  const board = document.querySelector('[data-testid="unit-board"]')!;
  new MutationObserver((records) => {
    const at = Date.now();
    const seen = new Set<Element>();
    for (const record of records) {
      const node = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : (record.target as Element);
      const cell = node?.closest('[col-id="speed"]');
      if (!cell || seen.has(cell)) continue;
      seen.add(cell);
      const rowId = cell.closest('[row-id]')?.getAttribute('row-id');
      const text = cell.textContent ?? '';
      if (!rowId || last.get(rowId) === text) continue;
      last.set(rowId, text);
      samples.push([rowId, text, at]);
    }
  }).observe(board, { subtree: true, childList: true, characterData: true });
}

/** A long animation frame (Chromium's LoAF entry: ≥ 50 ms from its start to its paint), epoch ms. */
export interface LongFrame {
  readonly start: number;
  readonly duration: number;
  /** Of which scripts (the rest: style, layout, paint — or the process waiting for a core). */
  readonly scripts: number;
}

/**
 * Runs in the page before the renderer (an init script): keeps when each 'units.changed' frame arrived from the
 * web host (a listener added before the renderer's) and the long animation frames, so the page side of the latency
 * can be split.
 */
export function instrumentPage(): void {
  const frames: [number, string][] = [];
  const long: LongFrame[] = [];
  Object.assign(window, { liveBenchFrames: frames, liveBenchLong: long });
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event: MessageEvent) => {
        if (typeof event.data === 'string' && event.data.startsWith('{"event":"units.changed"')) frames.push([Date.now(), event.data]);
      });
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { scripts: PerformanceEntry[] })[]) {
      const scripts = entry.scripts.reduce((sum, script) => sum + script.duration, 0);
      long.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration, scripts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}
