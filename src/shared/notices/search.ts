// Finding a notice in a long list: every word typed must appear in who was notified (name, DNI, CUIT, cadastral id or
// plate), the address or the barrio — accents and case ignored, a number also without its dots and dashes
// ("30.111.222", "03-12-045-017"). The core searches (notices.list), so a city's years of notices never cross to
// the window.
import type { Notice } from '../records/notice-schema.ts';
import { searchKey } from '../text/search-key.ts';

const digitsAndLetters = (text: string) => searchKey(text).replace(/[^0-9a-z]/g, '');

function searchable(notice: Notice): string {
  const offender = notice.record.offender;
  const who = Object.entries(offender)
    .filter(([key]) => key !== 'kind')
    .map(([, value]) => String(value));
  const texts = [...who, notice.record.place.address, notice.barrio];
  return `${searchKey(texts.join(' '))} ${texts.map(digitsAndLetters).join(' ')}`;
}

export function matchesNotice(notice: Notice, query: string): boolean {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const found = searchable(notice);
  return words.every((word) => found.includes(word) || (/\d/.test(word) && found.includes(digitsAndLetters(word))));
}
