// Indicadores (src/renderer/workspaces/insights): the workspace's tabs, the dashboard's filters, every indicator's
// name, the words of its numerator and denominator and its definition (shown next to it; the monthly report prints
// them too), the charts' tables and CSV files, and the monthly report button. Comparisons and notice trials have
// their own namespace (insightsStudies).
export default {
  title: 'Indicadores',
  tabs: {
    label: 'Vistas de indicadores',
    dashboard: 'Tablero',
    compare: 'Comparaciones',
    trials: 'Pruebas de redacción',
  },
  filter: {
    label: 'Filtros de los indicadores',
    from: 'Desde',
    to: 'Hasta',
    barrios: 'Barrios',
    cpcs: 'CPC',
    operationTypes: 'Tipo de operativo',
    categories: 'Tipo de falta',
    channels: 'Canal de la denuncia',
    lastYear: 'Últimos 12 meses',
    invalidDate: 'Ingrese las dos fechas del período.',
    endBeforeStart: 'La fecha final debe ser igual o posterior a la inicial.',
    tooLong: 'El período puede abarcar hasta 10 años.',
  },
  /** The filter's dimensions as a sentence names them ("No se aplica el filtro de canal de la denuncia"). */
  dimension: {
    barrios: 'barrio',
    cpcs: 'CPC',
    operationTypes: 'tipo de operativo',
    categories: 'tipo de falta',
    channels: 'canal de la denuncia',
  },
  loading: 'Calculando los indicadores…',
  failed: 'No se pudieron calcular los indicadores.',
  basis:
    'Del {{from}} al {{to}}, en esta consola: {{operations}} operativos cerrados, {{findings}} hallazgos con identificación, {{notices}} emplazamientos con plazo vencido, {{incidents}} incidentes abiertos y {{cases}} expedientes ingresados.',
  card: {
    headline: 'Indicador principal',
    definition: 'Cómo se calcula',
    noData: 'Sin datos con este filtro',
    withheld: 'No disponible para su rol',
    withheldWhy:
      'Se calcula con registros que su rol no lee (denuncias de Despacho o causas del Tribunal). Un administrador lo ve completo.',
    notApplied_one: 'El filtro de {{dimensions}} no se aplica a este indicador.',
    notApplied_other: 'Los filtros de {{dimensions}} no se aplican a este indicador.',
    /** The counting rule in force ('insights.rules' at the period's end) of the indicators that have one. */
    rule: {
      warnings_not_followed: 'Normativa vigente: {{months}} meses de seguimiento desde cada advertencia.',
      repeat_offenders: 'Normativa vigente: reincide quien suma {{findings}} o más emplazamientos o actas en {{window}} meses.',
    },
  },
  value: {
    percent: '{{value}} %',
    interval: 'IC 95 %: {{low}}–{{high}} %',
    perShift: '{{value}} por turno',
    minutes: '{{value}} min',
    days: '{{value}} días',
    median: 'mediana',
  },
  /** The unit of a chart's value column and axis. */
  unit: {
    ratio: 'Porcentaje (%)',
    count: 'Cantidad',
    per_shift: 'Por turno',
    minutes: 'Mediana (minutos)',
    days: 'Mediana (días)',
  },
  /**
   * Every indicator (src/shared/api/insights.ts, INDICATOR_IDS): its name, its numerator and denominator in words
   * ({{numerator}}, {{denominator}} come formatted) and its definition.
   */
  indicator: {
    compliance_without_sanction: {
      name: 'Cumplimiento sin sanción',
      basis: '{{numerator}} de {{denominator}} emplazamientos con plazo vencido se cumplieron por el titular, sin acta',
      numerator: 'Cumplidos por el titular',
      denominator: 'Emplazamientos con plazo vencido',
      definition:
        'De los emplazamientos cuyo plazo para cumplir terminó en el período (el último día, contado desde la notificación, cae en el período y ya pasó), la proporción que cumplió el titular: la re-inspección constató el trabajo hecho por él, sin acta ni costo para la Municipalidad. Los que cumplió la Municipalidad a costa del titular y los no cumplidos terminan en acta: cuentan en el total, no como cumplidos; uno que todavía espera su re-inspección cuenta, por ahora, como no cumplido. Por el mes del último día del plazo.',
    },
    warnings_not_followed: {
      name: 'Advertencias sin acta posterior',
      basis: '{{numerator}} de {{denominator}} advertencias no tuvieron un acta después',
      numerator: 'Sin acta posterior',
      denominator: 'Advertencias con seguimiento cumplido',
      definition:
        'De las advertencias del período cuyo seguimiento ya terminó (dura los meses que fija la normativa vigente al final del período, desde el día de la advertencia), la proporción tras la cual la misma persona, comercio, inmueble o vehículo no recibió un acta dentro de ese seguimiento (de cualquier operativo o denuncia, o la que labra una re-inspección de un emplazamiento incumplido). Se identifica por DNI, CUIT, nomenclatura catastral o dominio; las advertencias sin identificación no se pueden seguir y no cuentan. Por el mes de la advertencia.',
    },
    operations_per_shift: {
      name: 'Operativos por turno',
      basis: '{{numerator}} operativos realizados en {{denominator}} turnos',
      numerator: 'Operativos realizados',
      denominator: 'Turnos trabajados',
      definition:
        'Operativos cerrados cuyo turno cae en el período, dividido por los turnos trabajados: los pares distintos de día y turno (mañana, tarde o noche) en los que hubo al menos uno de esos operativos. Las horas de un turno de noche después de la medianoche pertenecen a la noche anterior. Por mes.',
    },
    people_reached_per_shift: {
      name: 'Personas alcanzadas por turno',
      basis: '{{numerator}} personas alcanzadas en {{denominator}} turnos',
      numerator: 'Personas alcanzadas',
      denominator: 'Turnos trabajados',
      definition:
        'Personas alcanzadas por esos mismos operativos, dividido por los mismos turnos trabajados. Se cuentan los conductores controlados y los autotests anónimos de un control de alcoholemia, los asistentes a una jornada educativa y, en cualquier otro operativo, cada hallazgo dirigido a alguien (orientación, advertencia, emplazamiento, acta o derivación). Por mes.',
    },
    alcohol_positivity: {
      name: 'Alcoholemias positivas',
      basis: '{{numerator}} de {{denominator}} controles de alcoholemia dieron positivo',
      numerator: 'Positivos',
      denominator: 'Controles realizados',
      definition:
        'De los conductores controlados en los puestos de alcoholemia del período cuyo control tiene un resultado final (negativo o positivo según el límite del lugar y la regla del retest vigentes ese día), la proporción que dio positivo. Un control hecho con un alcoholímetro sin verificación vigente, o con el retest pendiente o fuera de tiempo, no tiene resultado final y no cuenta. Por mes.',
    },
    noise_exceedance: {
      name: 'Mediciones de ruido excedidas',
      basis: '{{numerator}} de {{denominator}} mediciones superaron el límite',
      numerator: 'Excedidas',
      denominator: 'Mediciones válidas',
      definition:
        'De las mediciones de ruido del período con un veredicto según la normativa de ruidos vigente al medir, la proporción que superó el límite o se hizo fuera del horario permitido. Una medición con un sonómetro sin calibración vigente no tiene veredicto (salvo que la obra estuviera fuera de su horario permitido) y no cuenta. Por mes.',
    },
    camera_notified: {
      name: 'Registros de cámara notificados',
      basis: '{{numerator}} de {{denominator}} registros revisados se notificaron al titular',
      numerator: 'Notificados',
      denominator: 'Registros revisados',
      definition:
        'De los registros de cámaras de videovigilancia revisados en el período, la proporción que se notificó al titular (con una advertencia o un acta); el resto se descartó. Por mes.',
    },
    complaints_by_channel: {
      name: 'Denuncias recibidas',
      basis: '{{numerator}} denuncias recibidas',
      numerator: 'Denuncias',
      denominator: 'Denuncias',
      definition:
        'Denuncias recibidas en Despacho en el período —cada llamada, mensaje o aviso, también las que se vincularon a un incidente ya abierto—, por el canal por el que llegaron. El valor es el total.',
    },
    response_time: {
      name: 'Tiempo de respuesta',
      basis: 'Mediana de {{denominator}} incidentes con una unidad en el lugar',
      numerator: 'Minutos',
      denominator: 'Incidentes con unidad en el lugar',
      definition:
        'Mediana de los minutos desde que se abrió un incidente hasta que la primera unidad llegó al lugar, sobre los incidentes abiertos en el período a los que llegó una unidad: la mitad de ellos tuvo una respuesta igual o más rápida. El canal de un incidente es el de su primera denuncia. Por mes.',
    },
    repeat_offenders: {
      name: 'Reincidentes',
      basis: '{{numerator}} de {{denominator}} personas, comercios, inmuebles o vehículos con emplazamiento o acta reincidieron',
      numerator: 'Reincidentes',
      denominator: 'Identificados con emplazamiento o acta',
      definition:
        'De las personas, comercios, inmuebles o vehículos con un emplazamiento o un acta en el período, la proporción que llegó a la cantidad de emplazamientos o actas que fija la normativa vigente dentro de la ventana de reincidencia, con uno del período (los anteriores al período cuentan para llegar). El acta que labra una re-inspección de un emplazamiento incumplido es la misma falta y no suma. Solo se muestran cantidades: ningún dato personal sale de la consola. Por mes: los identificados con un emplazamiento o acta ese mes, y los que llegaron con uno de ese mes.',
    },
    court_backlog: {
      name: 'Expedientes en trámite',
      basis: '{{numerator}} expedientes sin cerrar al final del período',
      numerator: 'En trámite',
      denominator: 'Expedientes',
      definition:
        'Expedientes no cerrados al final del período (o hoy, si el período termina después): todos los que habían ingresado para entonces y cuyo estado a ese momento, según su historial, era cualquiera salvo cerrado. Por ese estado.',
    },
    time_to_resolution: {
      name: 'Tiempo hasta la resolución',
      basis: 'Mediana de {{denominator}} expedientes resueltos',
      numerator: 'Días',
      denominator: 'Expedientes resueltos',
      definition:
        'Mediana de los días corridos desde que un expediente ingresó hasta su primera resolución o cierre, sobre los expedientes resueltos o cerrados por primera vez en el período. Por mes.',
    },
    voluntary_payment_share: {
      name: 'Pago voluntario con descuento',
      basis: '{{numerator}} de {{denominator}} expedientes notificados se pagaron voluntariamente',
      numerator: 'Pagos voluntarios',
      denominator: 'Expedientes notificados',
      definition:
        'De los expedientes notificados en el período, la proporción que se pagó voluntariamente con el descuento mientras corría el plazo de descargo. Por el mes de la notificación.',
    },
  },
  /** What a chart's bars or points are (IndicatorValue.breakdown.by). */
  breakdown: {
    month: 'Mes',
    channel: 'Canal',
    status: 'Estado',
    category: 'Tipo de falta',
    shift: 'Turno',
  },
  chart: {
    showTable: 'Ver tabla',
    hideTable: 'Ocultar tabla',
    download: 'Descargar CSV',
    downloaded: 'Se descargó {{fileName}}.',
    fileName: 'indicador-{{id}}-{{from}}-{{to}}.csv',
    summary_one: '{{name}} por {{by}}: 1 valor. Los datos están en la tabla.',
    summary_other: '{{name}} por {{by}}: {{count}} valores, de {{first}} a {{last}}. Los datos están en la tabla.',
    caption: '{{name}} por {{by}}',
    total: 'Total del período',
    value: 'Valor',
    empty: 'Sin datos para graficar con este filtro.',
    noValue: 'Sin datos',
  },
  report: {
    month: 'Mes del informe',
    button: 'Informe mensual (PDF)',
    busy: 'Generando el informe…',
    done: 'Se descargó {{fileName}}.',
    failed: 'No se pudo generar el informe mensual.',
    scope: 'Con los barrios y CPC del filtro; los demás filtros no se aplican al informe.',
    invalidMonth: 'Elija un mes.',
  },
};
