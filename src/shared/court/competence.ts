// Which court judges a case (docs/DOMAIN.md, Court procedure): the environmental court for the articles the
// dated setting lists, else the court of the district centre (CPC) of the barrio where the offence happened. The
// tables are dated settings an administrator corrects; a row marked uncertain is passed on so the desk sees it.
import type { LegalBasis } from '../rules/findings.ts';
import type { SettingValue } from '../settings/catalogue.ts';

export interface CompetenceTables {
  readonly courts: SettingValue<'court.courts'>;
  readonly barrioCpc: SettingValue<'court.barrioCpc'>;
  readonly environmentalArticles: SettingValue<'court.environmentalArticles'>;
}

export type Competence =
  | { readonly ok: true; readonly courtId: string; readonly why: 'environmental_article' | 'barrio_cpc'; readonly uncertain: boolean }
  | { readonly ok: false; readonly reason: 'no_cpc_for_barrio' | 'no_court_for_cpc' | 'no_environmental_court' };

export function competentCourt(barrio: string, basis: Pick<LegalBasis, 'norm' | 'article'>, tables: CompetenceTables): Competence {
  const environmental = tables.environmentalArticles.some((a) => a.norm === basis.norm && a.article === basis.article);
  if (environmental) {
    const court = tables.courts.find((c) => c.environmental);
    return court
      ? { ok: true, courtId: court.id, why: 'environmental_article', uncertain: false }
      : { ok: false, reason: 'no_environmental_court' };
  }
  const row = tables.barrioCpc.find((r) => r.barrio === barrio);
  if (!row) return { ok: false, reason: 'no_cpc_for_barrio' };
  const court = tables.courts.find((c) => c.cpc === row.cpc && !c.environmental);
  return court ? { ok: true, courtId: court.id, why: 'barrio_cpc', uncertain: row.uncertain } : { ok: false, reason: 'no_court_for_cpc' };
}
