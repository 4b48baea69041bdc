// Who the demo's findings are about: people by DNI, businesses by CUIT, parcels by cadastral id, vehicles by plate —
// valid under the findings' own schemas — and what each was found doing before, so that the demo tells the program's
// story: a first finding is a warning, a repeat within the counting window is sanctioned ("warn first, sanction on
// repeat"), and some identities come back months later.
import type { Offender } from '../rules/findings.ts';
import { identityKey, type IdentityKey } from '../rules/identity.ts';
import type { Prng } from '../random/prng.ts';
import { SURNAMES, personName } from './names.ts';

const DAY = 86_400_000;
const CUIT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const BUSINESS_KINDS = ['Bar', 'Cervecería', 'Resto-bar', 'Boliche', 'Salón de fiestas', 'Pub', 'Parrilla', 'Club social'];
const BUSINESS_SUFFIXES = ['S.R.L.', 'S.A.', 'S.A.S.'];
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

export interface PastFindings {
  readonly warnings: number;
  readonly notices: number;
  readonly actas: number;
  /** When the latest was (null: never found before). */
  readonly lastAt: number | null;
}

const NONE: PastFindings = { warnings: 0, notices: 0, actas: 0, lastAt: null };

/** Where an identity stands for "warn first, sanction on repeat": never found, warned before, or sanctioned before. */
export function standing(past: PastFindings): 'first_time' | 'warned' | 'repeat' {
  if (past.notices + past.actas > 0) return 'repeat';
  return past.warnings > 0 ? 'warned' : 'first_time';
}

/** 11 digits whose last is the mod-11 check digit (findings' CuitSchema), or null when this body has none. */
function cuitWithCheckDigit(body: string): string | null {
  const sum = CUIT_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  const check = 11 - (sum % 11);
  const digit = check === 11 ? 0 : check;
  return digit === 10 ? null : `${body}${digit}`;
}

export class Identities {
  private readonly past = new Map<IdentityKey, PastFindings>();
  /** Who was found before, by offence category: those a repeat is drawn from. */
  private readonly known = new Map<string, { readonly list: Offender[]; readonly keys: Set<IdentityKey> }>();
  /** Each parcel's owner as the cadastre gives it (null: not looked up), the same every time the parcel comes back. */
  private readonly owners = new Map<string, Offender | null>();

  constructor(private readonly rng: Prng) {}

  person(address?: string): Extract<Offender, { kind: 'person' }> {
    const dni = String(this.rng.int(20_000_000, 45_999_999));
    return { kind: 'person', dni, fullName: personName(this.rng), ...(address ? { address } : {}) };
  }

  company(address?: string): Extract<Offender, { kind: 'company' }> {
    for (;;) {
      const body = `${this.rng.pick(['30', '33'])}${String(this.rng.int(50_000_000, 71_999_999))}`;
      const cuit = cuitWithCheckDigit(body);
      if (!cuit) continue; // a body whose check digit would be 10 is never issued
      const name = `${this.rng.pick(BUSINESS_KINDS)} ${this.rng.pick(SURNAMES)} ${this.rng.pick(BUSINESS_SUFFIXES)}`;
      return { kind: 'company', cuit, name, ...(address ? { address } : {}) };
    }
  }

  /** An Argentine plate: Mercosur (AB123CD) since 2016, the older ABC123 before. */
  plate(): string {
    const letter = () => this.rng.pick([...LETTERS]);
    const digits = String(this.rng.int(0, 999)).padStart(3, '0');
    return this.rng.chance(0.55) ? `${letter()}${letter()}${digits}${letter()}${letter()}` : `${letter()}${letter()}${letter()}${digits}`;
  }

  /** A parcel's cadastral id as the city writes it (district-zone-block-parcel). */
  cadastralId(district: number): string {
    const n = (digits: number, max: number) => String(this.rng.int(1, max)).padStart(digits, '0');
    return `${String(district).padStart(2, '0')}-${n(2, 40)}-${n(3, 200)}-${n(3, 60)}`;
  }

  /** The owner of a parcel: looked up once (`lookUp`), then the same whenever the parcel is inspected again. */
  ownerOf(cadastralId: string, lookUp: () => Offender | null): Offender | null {
    if (!this.owners.has(cadastralId)) this.owners.set(cadastralId, lookUp());
    return this.owners.get(cadastralId)!;
  }

  /**
   * The identity a finding of `category` is about: with probability `repeat` someone found for it before (drawn
   * among the latest hundred, so repeats come back within months), else `fresh()`.
   */
  pick(category: string, repeat: number, fresh: () => Offender): Offender {
    const list = this.known.get(category)?.list;
    if (list?.length && this.rng.chance(repeat)) return list[Math.max(0, list.length - 1 - this.rng.int(0, 99))]!;
    return fresh();
  }

  /** What this identity was found doing before `at`, within `windowDays` (older findings are forgiven). */
  before(offender: Offender, at: number, windowDays: number): PastFindings {
    const past = this.past.get(identityKey(offender));
    return past?.lastAt !== null && past && at - past.lastAt <= windowDays * DAY ? past : NONE;
  }

  /** Keeps `offender` among those a repeat of `category` may be drawn from. */
  remember(category: string, offender: Offender): void {
    const known = this.known.get(category) ?? { list: [], keys: new Set<IdentityKey>() };
    const key = identityKey(offender);
    if (known.keys.has(key)) return;
    known.keys.add(key);
    known.list.push(offender);
    this.known.set(category, known);
  }

  /** Records a finding about `offender` (call in order of time). */
  found(category: string, offender: Offender, outcome: 'warning' | 'notice' | 'acta', at: number): void {
    const key = identityKey(offender);
    const past = this.past.get(key) ?? NONE;
    if (past === NONE) this.remember(category, offender);
    this.past.set(key, {
      warnings: past.warnings + (outcome === 'warning' ? 1 : 0),
      notices: past.notices + (outcome === 'notice' ? 1 : 0),
      actas: past.actas + (outcome === 'acta' ? 1 : 0),
      lastAt: at,
    });
  }
}
