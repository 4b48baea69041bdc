// The printable monthly report of Indicadores (src/core/insights-report): its page furniture, its first page, the
// headline's comparison sentence, the charts' and tables' words and how its numbers and dates are written. Each
// indicator's name, basis and definition come from the namespace insights, as the workspace shows them.
export default {
  meta: {
    title: 'Informe mensual de indicadores — {{month}}',
    subject: 'Programa de Convivencia: cumplimiento sin sanción e indicadores de {{month}}',
    author: 'Municipalidad de Córdoba — Programa de Convivencia',
    /** The file in exports/: one per month and scope, replaced when printed again. */
    file: 'informe-mensual-{{month}}{{scope}}.pdf',
  },
  header: {
    municipality: 'Municipalidad de Córdoba',
    program: 'Programa de Convivencia',
    report: 'Informe mensual · {{month}}',
  },
  title: 'Informe mensual de indicadores',
  scope: {
    label: 'Alcance',
    city: 'Toda la ciudad',
    barrios_one: 'Barrio {{list}}',
    barrios_other: 'Barrios {{list}}',
    cpcs_one: 'CPC {{list}}',
    cpcs_other: 'CPC {{list}}',
  },
  generated: {
    label: 'Generado',
    value: '{{date}}, {{time}} h (hora de Córdoba)',
  },
  period: {
    label: 'Período',
    value: 'Del {{from}} al {{to}}',
    inProgress: 'Del {{from}} al {{to}} (mes en curso: cifras provisorias)',
  },
  basisLabel: 'Registros',
  basis: '{{operations}} operativos, {{findings}} hallazgos, {{notices}} emplazamientos, {{incidents}} incidentes y {{cases}} expedientes',
  headline: {
    label: 'Indicador principal',
    interval: 'Intervalo de confianza del 95 %: {{low}} a {{high}}',
    noData: 'Sin datos: en este alcance no venció en {{month}} el plazo de ningún emplazamiento notificado.',
  },
  /** The headline against the month before and the same month a year before. */
  compare: {
    more: '{{points}} más que en {{month}} ({{value}})',
    less: '{{points}} menos que en {{month}} ({{value}})',
    same: 'igual que en {{month}} ({{value}})',
    missing: 'sin datos de {{month}} para comparar',
    points_one: '{{value}} punto porcentual',
    points_other: '{{value}} puntos porcentuales',
    sentence: '{{first}} y {{second}}.',
    noCurrent: 'Sin el dato de este mes no hay comparación con {{previous}} ni con {{lastYear}}.',
  },
  empty:
    'No hay registros de {{month}} en este alcance: ningún operativo, hallazgo, emplazamiento, incidente ni expediente. El informe no tiene cifras que mostrar.',
  summary: {
    title: 'Resumen del mes',
    intro:
      'Cada indicador del mes junto al mes anterior y al mismo mes del año anterior. Las páginas siguientes explican cómo se calcula cada uno y muestran su desglose.',
    indicator: 'Indicador',
    interval: 'IC 95 %',
  },
  indicators: 'Los indicadores, uno por uno',
  indicatorsIntro:
    'Cada indicador se calcula con los registros de la consola, nunca se carga a mano. El gráfico y la tabla muestran el mismo desglose; en los gráficos mensuales, el mes del informe va en naranja.',
  section: '{{number}}. {{name}}',
  noValue: 'Sin datos',
  withheld: 'No disponible para su rol',
  /** Under a chart's missing bar. */
  noValueShort: 's/d',
  trend: 'Últimos 12 meses',
  by: 'Desglose por {{by}}',
  noChart: 'Sin datos para graficar.',
  footer: {
    caveat:
      'Datos observacionales: las cifras describen lo que registró el programa. Una diferencia entre meses o zonas no prueba por sí sola que una medida la haya causado.',
    page: 'Página {{page}} de {{pages}}',
  },
  format: {
    decimal: ',',
    thousands: '.',
    percent: '{{value}} %',
    range: '{{low}}–{{high}} %',
    monthYear: '{{month}} de {{year}}',
    date: '{{day}} de {{month}} de {{year}}',
    months: {
      '1': 'enero',
      '2': 'febrero',
      '3': 'marzo',
      '4': 'abril',
      '5': 'mayo',
      '6': 'junio',
      '7': 'julio',
      '8': 'agosto',
      '9': 'septiembre',
      '10': 'octubre',
      '11': 'noviembre',
      '12': 'diciembre',
    },
    monthsShort: {
      '1': 'ene',
      '2': 'feb',
      '3': 'mar',
      '4': 'abr',
      '5': 'may',
      '6': 'jun',
      '7': 'jul',
      '8': 'ago',
      '9': 'sep',
      '10': 'oct',
      '11': 'nov',
      '12': 'dic',
    },
    list: '{{items}} y {{last}}',
  },
};
