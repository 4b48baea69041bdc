import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from './debounce.ts';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('calls once with the last arguments after the delay', () => {
    const fn = vi.fn();
    const d = debounce(fn, 500);
    d(1);
    d(2);
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn.mock.calls).toEqual([[2]]);
  });

  it('flush runs the pending call at once, and only once', () => {
    const fn = vi.fn();
    const d = debounce(fn, 500);
    d('x');
    d.flush();
    d.flush();
    vi.advanceTimersByTime(1000);
    expect(fn.mock.calls).toEqual([['x']]);
  });
});
