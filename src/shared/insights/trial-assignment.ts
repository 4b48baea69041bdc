// Notice trials: an administrator tries wordings of a notice against each other, and each new notice gets one by
// seeded randomisation, recorded with it. Consoles work offline and share no counter, so the variant is a pure
// function of the trial's seed and the notice's id: whoever holds the seed can re-derive, and so audit, every
// assignment. The hash is FNV-1a 64 (Fowler–Noll–Vo, draft-eastlake-fnv) over the UTF-8 of seed, a NUL byte and id,
// finished with MurmurHash3's fmix64 so that every input bit reaches the top bits; those 64 bits scaled to the
// number of variants (Lemire's multiply-shift) pick one, uniform to within k/2⁶⁴. assignmentBalance says whether
// the split so far looks like chance: Pearson's chi-square goodness of fit against equal shares.
import { chiSquareSurvival } from './stats.ts';

export interface NoticeTrial {
  readonly seed: string;
  /** The wordings' keys, in the trial's order. */
  readonly variants: readonly string[];
}

export interface AssignmentBalance {
  readonly total: number;
  /** Each variant's share of the total, in the trial's order; null when nothing was assigned yet. */
  readonly shares: readonly number[] | null;
  /** Pearson's Σ (observed − expected)² / expected, expected = total / k. */
  readonly chiSquare: number | null;
  readonly df: number;
  /** P(a split at least this uneven | a fair assignment). */
  readonly pValue: number | null;
}

const MASK_64 = (1n << 64n) - 1n;
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const utf8 = new TextEncoder();

/** FNV-1a, 64 bits, over a string's UTF-8 bytes. */
export function fnv1a64(text: string): bigint {
  let hash = FNV_OFFSET;
  for (const byte of utf8.encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash;
}

/** MurmurHash3's 64-bit finaliser: a bijection that makes every output bit depend on every input bit. */
function fmix64(value: bigint): bigint {
  let k = value;
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & MASK_64;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & MASK_64;
  return k ^ (k >> 33n);
}

/** The variant of the notice `noticeId` in `trial`: always the same for the same seed and id. */
export function assignVariant(trial: NoticeTrial, noticeId: string): string {
  const k = trial.variants.length;
  if (k === 0) throw new RangeError('a trial needs at least one variant');
  const hash = fmix64(fnv1a64(`${trial.seed}\u0000${noticeId}`));
  return trial.variants[Number((hash * BigInt(k)) >> 64n)]!;
}

/** How evenly notices were split: `counts` holds one count per variant, in the trial's order, zeros included. */
export function assignmentBalance(counts: readonly number[]): AssignmentBalance {
  if (counts.length < 2) throw new RangeError('a balance needs at least two variants');
  for (const c of counts) if (!Number.isSafeInteger(c) || c < 0) throw new RangeError(`counts must be whole numbers ≥ 0, got ${c}`);
  const total = counts.reduce((s, c) => s + c, 0);
  const df = counts.length - 1;
  if (total === 0) return { total, shares: null, chiSquare: null, df, pValue: null };
  const expected = total / counts.length;
  const chiSquare = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
  return { total, shares: counts.map((c) => c / total), chiSquare, df, pValue: chiSquareSurvival(chiSquare, df) };
}
