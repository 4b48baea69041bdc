// A name as an identifier: lower case, accents removed, anything but letters and digits a single dash ("CPC Colón"
// → "cpc-colon"). For ids made from names (a court's code, a room in a hearing's slot).
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
