// Fines are set in UEM (Unidad Económica Municipal) and paid in pesos at the UEM value in force on a date
// (a dated setting). Money is integer cents: never a float past this module (docs/DOMAIN.md, Court procedure).
//
// Which date's UEM value: the amount is fixed by the act that fixes it — the judge's resolution for a fine (the
// value in force on the day it is signed), the notification for the voluntary-payment offer (the offender pays
// what the cédula offered). The acta's date is not used: an acta is an accusation, not an amount, and months can
// pass before a court fixes one. This is a reading of the procedure, not a quoted rule: recorded as such in
// docs/DOMAIN.md.
export type Cents = number;

/** `uem` units at `uemValueArs` pesos each, in cents (rounded to the cent, half up). */
export function uemToCents(uem: number, uemValueArs: number): Cents {
  if (!Number.isFinite(uem) || uem < 0) throw new RangeError(`not a UEM amount: ${uem}`);
  if (!Number.isFinite(uemValueArs) || uemValueArs <= 0) throw new RangeError(`not a UEM value: ${uemValueArs}`);
  return Math.round(uem * Math.round(uemValueArs * 100));
}

/** An amount less a discount in percent, in cents (rounded to the cent, half up: the offender never pays a fraction). */
export function discounted(amount: Cents, discountPct: number): Cents {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`not an amount in cents: ${amount}`);
  if (!(discountPct >= 0 && discountPct <= 100)) throw new RangeError(`not a percentage: ${discountPct}`);
  return Math.round((amount * (100 - discountPct)) / 100);
}
