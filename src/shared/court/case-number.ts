// Case numbers in the court's own format, TF-<year>-<6 digits> (TF-2026-000123): unique per year, handed out by
// the hub in the order it opens cases. A console that opens a case offline shows a provisional number made from
// its own client id and outbox seq (TF-2026-P-3F2A-000017) until the hub's number arrives with the change.
const FINAL = /^TF-(\d{4})-(\d{6})$/;
const PROVISIONAL = /^TF-(\d{4})-P-([0-9A-F]{4})-(\d{6})$/;

export function caseNumber(year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999) throw new RangeError(`case sequence out of range: ${sequence}`);
  return `TF-${year}-${String(sequence).padStart(6, '0')}`;
}

/** A console's own number for a case the hub has not numbered yet: its year, client id and outbox seq. */
export function provisionalCaseNumber(year: number, clientId: string, clientSeq: number): string {
  const client = clientId.replace(/-/g, '').slice(-4).toUpperCase();
  return `TF-${year}-P-${client}-${String(clientSeq % 1_000_000).padStart(6, '0')}`;
}

export function isProvisional(number: string): boolean {
  return PROVISIONAL.test(number);
}

export function parseCaseNumber(number: string): { readonly year: number; readonly sequence: number } | null {
  const m = FINAL.exec(number);
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}
