// Keyboard model of the ARIA tabs pattern: arrows move between tabs (wrapping), Home/End jump to the ends.

/** Index of the tab a key moves to, or null when the key is not a tab-navigation key. */
export function tabIndexForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
