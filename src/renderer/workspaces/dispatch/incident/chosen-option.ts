// Which unit the recommended list has chosen: the one the person chose, while it is still listed (the list re-ranks
// as units move); otherwise the first that can go — the best — and, with none that can, the first.

/** Its index in `options`; -1 only for an empty list. */
export function chosenIndex(options: readonly { readonly unitId: string; readonly eligible: boolean }[], chosenId: string | null): number {
  const chosen = options.findIndex((o) => o.unitId === chosenId);
  if (chosen >= 0) return chosen;
  const best = options.findIndex((o) => o.eligible);
  return best >= 0 ? best : options.length > 0 ? 0 : -1;
}
