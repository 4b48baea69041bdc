// A trailing-edge debounce whose pending call can be flushed (e.g. when a view unmounts, so the last
// change is still saved).
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = () => {
    clearTimeout(timer);
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };
  const debounced = (...args: A) => {
    pending = args;
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };
  return Object.assign(debounced, { flush: run });
}
