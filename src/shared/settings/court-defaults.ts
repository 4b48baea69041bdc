// The court settings the console starts with (docs/DOMAIN.md, Court procedure): the courts, which CPC judges each
// barrio, the environmental court's articles, and Argentina's national holidays for the business-day terms. The
// sources give the structure (a court per district centre, an environmental court since 2020) but not the tables:
// every row the sources do not confirm says so, for the legal office to correct as a new dated entry.
import type { SettingEntry } from './dated.ts';
import { slug } from '../text/slug.ts';

const ENVIRONMENTAL_COURT_SINCE = '2020-01-01';
const UNCERTAIN = 'uncertain: not confirmed by the sources, confirm with the legal office';

/** The district centres (Centros de Participación Comunal) of docs/DOMAIN.md. */
export const DEMO_CPCS = [
  'Centro América',
  'Argüello',
  'Villa El Libertador',
  'Empalme',
  'Rancagua',
  'Colón',
  'Monseñor Pablo Cabrera',
  'Pueyrredón',
  'Ruta 20',
  'Mercado de la Ciudad',
  'Guiñazú',
  'San Vicente',
  'Chalet San Felipe',
  'Jardín',
  'Capdevila',
] as const;

/** Barrio → CPC: the barrio's own CPC where the names agree, else the nearest by the city's map — a guess. */
const BARRIO_CPC: readonly (readonly [barrio: string, cpc: (typeof DEMO_CPCS)[number]])[] = [
  ['Centro', 'Mercado de la Ciudad'],
  ['Nueva Córdoba', 'Mercado de la Ciudad'],
  ['Alta Córdoba', 'Monseñor Pablo Cabrera'],
  ['General Paz', 'Mercado de la Ciudad'],
  ['Villa Cabrera', 'Argüello'],
  ['Cofico', 'Monseñor Pablo Cabrera'],
  ['San Martín', 'Monseñor Pablo Cabrera'],
  ['Providencia', 'Colón'],
  ['Bajo Galán', 'Colón'],
  ['Los Paraísos', 'Monseñor Pablo Cabrera'],
  ['Juniors', 'San Vicente'],
  ['Yapeyú', 'Empalme'],
  ['Patria', 'Pueyrredón'],
  ['Hogar Propio', 'Empalme'],
  ['Parque del Este', 'Empalme'],
  ['General Pueyrredón', 'Pueyrredón'],
  ['General Bustos', 'Pueyrredón'],
  ['Residencial América', 'Centro América'],
  ['Ayacucho', 'Centro América'],
  ['Centro América', 'Centro América'],
  ['Talleres Oeste', 'Pueyrredón'],
  ['Yofre Norte', 'Rancagua'],
  ['Los Pinos', 'Rancagua'],
  ['Palmar', 'Rancagua'],
  ['Patricios', 'Rancagua'],
  ['Villa Azalais', 'Centro América'],
  ['Marcelo T. de Alvear', 'Centro América'],
  ['Panamericano', 'Centro América'],
  ['Juan B. Justo', 'Monseñor Pablo Cabrera'],
  ['Parque Liceo 1ª secc.', 'Centro América'],
  ['Villa Retiro', 'Rancagua'],
  ['Marqués de Sobremonte', 'Monseñor Pablo Cabrera'],
  ['Alto Verde', 'Argüello'],
  ['Ciudad de los Cuartetos', 'Rancagua'],
];

/**
 * Argentina's national holidays (Law 27.399: fixed days, and movable ones moved to a Monday) for 2025–2027, as the
 * official calendars list them. Bridge days "con fines turísticos" are not holidays and are left out.
 */
const NATIONAL_HOLIDAYS = [
  // 2025
  '2025-01-01', '2025-03-03', '2025-03-04', '2025-03-24', '2025-04-02', '2025-04-18', '2025-05-01', '2025-05-25',
  '2025-06-16', '2025-06-20', '2025-07-09', '2025-08-17', '2025-10-12', '2025-11-24', '2025-12-08', '2025-12-25',
  // 2026
  '2026-01-01', '2026-02-16', '2026-02-17', '2026-03-24', '2026-04-02', '2026-04-03', '2026-05-01', '2026-05-25',
  '2026-06-15', '2026-06-20', '2026-07-09', '2026-08-17', '2026-10-12', '2026-11-23', '2026-12-08', '2026-12-25',
  // 2027
  '2027-01-01', '2027-02-08', '2027-02-09', '2027-03-24', '2027-03-26', '2027-04-02', '2027-05-01', '2027-05-25',
  '2027-06-21', '2027-06-20', '2027-07-09', '2027-08-16', '2027-10-11', '2027-11-22', '2027-12-08', '2027-12-25',
]; // prettier-ignore

export const COURT_DEFAULT_SETTINGS: readonly SettingEntry[] = [
  {
    key: 'court.courts',
    effectiveFrom: ENVIRONMENTAL_COURT_SINCE,
    value: [
      ...DEMO_CPCS.map((cpc) => ({
        id: `cpc-${slug(cpc)}`,
        name: `Juzgado de Faltas — CPC ${cpc}`,
        cpc,
        environmental: false,
        rooms: ['Sala 1', 'Sala 2'],
      })),
      { id: 'ambiental-1', name: 'Juzgado Ambiental N° 1', cpc: null, environmental: true, rooms: ['Sala 1'] },
    ],
    note: `one court per district centre and the environmental court (2020); names, rooms and whether every CPC has a court: ${UNCERTAIN}`,
  },
  {
    key: 'court.barrioCpc',
    effectiveFrom: '2016-04-01',
    value: BARRIO_CPC.map(([barrio, cpc]) => ({ barrio, cpc, uncertain: barrio !== cpc })),
    note: `rows marked uncertain are the nearest CPC on the map: ${UNCERTAIN}`,
  },
  {
    key: 'court.environmentalArticles',
    effectiveFrom: ENVIRONMENTAL_COURT_SINCE,
    // Dirty vacant lots and broken pavements (Art. 208): the environmental summonses of the program's headline.
    value: [{ norm: 'ord_12468', article: 208 }],
    note: `the court's full list of articles is not in the sources: ${UNCERTAIN}`,
  },
  { key: 'court.autoOpenCases', effectiveFrom: '2016-04-01', value: false },
  {
    key: 'calendar.holidays',
    effectiveFrom: '2025-01-01',
    value: NATIONAL_HOLIDAYS,
    note: 'national holidays 2025–2027 (Law 27.399); add each new year, and decrees that move a holiday, as a new entry',
  },
];
