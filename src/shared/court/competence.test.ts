// The competent court from the dated tables: the environmental court for its articles, else the barrio's CPC court.
import { describe, expect, it } from 'vitest';
import { settingAt } from '../settings/dated.ts';
import { DEFAULT_SETTINGS } from '../settings/defaults.ts';
import { BARRIO_NAMES } from '../geo/barrios.ts';
import { cordobaInstant } from '../time/cordoba.ts';
import { competentCourt, type CompetenceTables } from './competence.ts';

const at = cordobaInstant(2026, 12, 1);
const tables: CompetenceTables = {
  courts: settingAt(DEFAULT_SETTINGS, 'court.courts', at)!,
  barrioCpc: settingAt(DEFAULT_SETTINGS, 'court.barrioCpc', at)!,
  environmentalArticles: settingAt(DEFAULT_SETTINGS, 'court.environmentalArticles', at)!,
};
const alcohol = { norm: 'ord_10216', article: 1 } as const;

describe('the competent court', () => {
  it.each([
    ['Centro América', alcohol, { ok: true, courtId: 'cpc-centro-america', why: 'barrio_cpc', uncertain: false }],
    ['Nueva Córdoba', alcohol, { ok: true, courtId: 'cpc-mercado-de-la-ciudad', why: 'barrio_cpc', uncertain: true }],
    [
      'Nueva Córdoba',
      { norm: 'ord_12468', article: 208 },
      { ok: true, courtId: 'ambiental-1', why: 'environmental_article', uncertain: false },
    ],
    ['Narnia', alcohol, { ok: false, reason: 'no_cpc_for_barrio' }],
  ] as const)('%s, %j → %j', (barrio, basis, expected) => expect(competentCourt(barrio, basis, tables)).toEqual(expected));

  it('every demo barrio has a CPC with a court', () => {
    for (const barrio of BARRIO_NAMES) expect(competentCourt(barrio, alcohol, tables)).toMatchObject({ ok: true });
  });

  it('says so when the tables lack a court', () => {
    expect(competentCourt('Centro', alcohol, { ...tables, courts: tables.courts.filter((c) => c.cpc !== 'Mercado de la Ciudad') })).toEqual(
      {
        ok: false,
        reason: 'no_court_for_cpc',
      },
    );
    const noEnvironmental = { ...tables, courts: tables.courts.filter((c) => !c.environmental) };
    expect(competentCourt('Centro', { norm: 'ord_12468', article: 208 }, noEnvironmental)).toEqual({
      ok: false,
      reason: 'no_environmental_court',
    });
  });
});
