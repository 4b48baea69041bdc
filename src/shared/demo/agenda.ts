// What the demo's story has still to tell, by time: a binary heap of timed steps, earliest first (ties in the order
// they were added), so that the steps of thousands of cases and re-inspections are taken in the order they happened.
export interface Timed<T> {
  readonly at: number;
  readonly item: T;
}

export class Agenda<T> {
  private readonly heap: (Timed<T> & { readonly seq: number })[] = [];
  private added = 0;

  get size(): number {
    return this.heap.length;
  }

  add(at: number, item: T): void {
    this.heap.push({ at, item, seq: this.added++ });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The time of the earliest step (Infinity when none is left). */
  peek(): number {
    return this.heap[0]?.at ?? Infinity;
  }

  take(): Timed<T> | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (!top || !last || this.heap.length === 0) return top;
    this.heap[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let min = i;
      if (l < this.heap.length && this.before(l, min)) min = l;
      if (r < this.heap.length && this.before(r, min)) min = r;
      if (min === i) break;
      this.swap(i, min);
      i = min;
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const [x, y] = [this.heap[a]!, this.heap[b]!];
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }
}
