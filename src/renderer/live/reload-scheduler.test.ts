import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReloadScheduler } from './reload-scheduler.ts';

describe('views read again after records.changed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const clock = {
    now: () => Date.now(),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };

  it('a burst of hub changes reloads at most twice a second, and the last change is always shown', () => {
    const reload = vi.fn();
    const scheduler = createReloadScheduler(reload, 500, clock);
    for (let i = 0; i < 100; i++) {
      scheduler.changed('hub');
      vi.advanceTimersByTime(20); // 2 s of events, 50 a second
    }
    expect(reload.mock.calls.length).toBeLessThanOrEqual(5);
    expect(reload.mock.calls.length).toBeGreaterThanOrEqual(4);
    vi.advanceTimersByTime(500);
    expect(reload.mock.calls.length).toBeLessThanOrEqual(6);
    const calls = reload.mock.calls.length;
    vi.advanceTimersByTime(5_000);
    expect(reload).toHaveBeenCalledTimes(calls); // nothing more without new changes
  });

  it('the person’s own write reloads at once, and takes the place of a pending hub reload', () => {
    const reload = vi.fn();
    const scheduler = createReloadScheduler(reload, 500, clock);
    scheduler.changed('hub');
    expect(reload).toHaveBeenCalledTimes(1);
    scheduler.changed('hub'); // due in 500 ms
    vi.advanceTimersByTime(100);
    scheduler.changed('local');
    expect(reload).toHaveBeenCalledTimes(2);
    scheduler.changed('local');
    scheduler.changed('reset');
    expect(reload).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(1_000);
    expect(reload).toHaveBeenCalledTimes(4);
  });

  it('dispose cancels a pending reload', () => {
    const reload = vi.fn();
    const scheduler = createReloadScheduler(reload, 500, clock);
    scheduler.changed('hub');
    scheduler.changed('hub');
    scheduler.dispose();
    vi.advanceTimersByTime(1_000);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
