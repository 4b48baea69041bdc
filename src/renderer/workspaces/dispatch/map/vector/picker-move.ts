// Where a key moves the unit picker (UnitPicker.tsx) in its list: one step, ten, or to either end, never past them.
const PAGE = 10;

/** The index the key moves to from `index` (-1: none yet) in a list of `count`, or null for a key the picker does not use. */
export function pickerMove(key: string, index: number, count: number): number | null {
  const last = count - 1;
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowRight: index + 1,
    ArrowUp: index - 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: last,
    PageDown: index + PAGE,
    PageUp: index - PAGE,
  };
  const to = moves[key];
  return to === undefined || count === 0 ? null : Math.max(0, Math.min(last, to));
}
