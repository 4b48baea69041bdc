// Runs in: the renderer. An absence's days as people write them — «7–11 dic», «31 dic – 2 ene», «9 dic» for one
// day — in the user's language (Intl's own formatRange writes «07 – 11 de 12» in some ICU builds, so the range is
// put together here). The days are civil dates ('YYYY-MM-DD', Córdoba days), formatted at noon UTC in the UTC
// zone: no time zone can move them to the day before.
const formats = new Map<string, Intl.DateTimeFormat>();

const noon = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

export function formatDays(from: string, to: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    formats.set(locale, format);
  }
  if (from === to) return format.format(noon(from));
  if (from.slice(0, 7) !== to.slice(0, 7)) return `${format.format(noon(from))} – ${format.format(noon(to))}`;
  // The same month: the last day's form with both days where its day goes ('7–11 dic', 'Dec 7–11').
  const firstDay = String(Number(from.slice(8)));
  return format
    .formatToParts(noon(to))
    .map((part) => (part.type === 'day' ? `${firstDay}–${part.value}` : part.value))
    .join('');
}
