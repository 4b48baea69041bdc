// A hearing's slot id: court, room and the Córdoba minute it starts ("cpc-colon~sala-1~202612141030"). Being the
// record's id, it makes two bookings of one room at one time the same record (hearing-schema.ts).
import { cordobaCivil } from '../time/cordoba.ts';
import { slug } from '../text/slug.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export function hearingSlotId(courtId: string, room: string, start: number): string {
  const c = cordobaCivil(start);
  return `${courtId}~${slug(room)}~${c.year}${pad(c.month)}${pad(c.day)}${pad(c.hour)}${pad(c.minute)}`;
}
