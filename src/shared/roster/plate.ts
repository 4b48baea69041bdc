// Runs in: anywhere (pure). An Argentine number plate (patente) as people type it — 'ab123cd', 'AB-123-CD',
// 'abc 123' — in the one form the records keep: upper case, its groups separated by single spaces. A vehicle's id
// is made from it (resource.ts, vehicleId), so the same plate typed two ways is the same vehicle.
//
// The forms in use: Mercosur cars 'AB 123 CD' (since 2016) and the older 'ABC 123'; motorcycles 'A 123 BCD'
// (Mercosur) and '123 ABC' (older). Letters are A–Z only: plates carry no Ñ.
const FORMS: readonly RegExp[] = [
  /^([A-Z]{2})(\d{3})([A-Z]{2})$/, // AB 123 CD
  /^([A-Z]{3})(\d{3})$/, // ABC 123
  /^([A-Z])(\d{3})([A-Z]{3})$/, // A 123 BCD (motorcycle)
  /^(\d{3})([A-Z]{3})$/, // 123 ABC (motorcycle)
];

/** Longest plate as typed: separators between every character of the longest form. */
export const PLATE_MAX_TYPED = 20;

/** The plate in its kept form, or null when it is not one of the forms in use. */
export function normalisePlate(typed: string): string | null {
  if (typed.length > PLATE_MAX_TYPED) return null;
  const bare = typed.toUpperCase().replace(/[\s.-]+/g, '');
  for (const form of FORMS) {
    const groups = form.exec(bare);
    if (groups) return groups.slice(1).join(' ');
  }
  return null;
}
