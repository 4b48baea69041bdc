/** Adds or removes `value`, keeping the selection in the options' order (so summaries read predictably). */
export function toggleSelection<T>(options: readonly T[], selected: readonly T[], value: T, checked: boolean): T[] {
  return options.filter((option) => (option === value ? checked : selected.includes(option)));
}
