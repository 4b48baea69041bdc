// The norms actas cite: the Code (Ord. 12.468) and the ordinances and law it works with. A leaf module: the
// findings' legal basis and the court settings (which articles the environmental court judges) both name them.
// docs/DOMAIN.md, Sources
export const NORMS = ['ord_12468', 'ord_12208', 'ord_10216', 'law_10181'] as const;
export type Norm = (typeof NORMS)[number];
