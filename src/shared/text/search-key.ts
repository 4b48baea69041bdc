// Folding for free-text search: "Córdoba", "CORDOBA" and "cordoba" match each other.
// The cache stores the folded address; the query folds the user's text the same way.
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}
