// Texts of the console's user interface (renderer). Spanish (es-AR) is the source language.
// Plural keys use i18next suffixes (_one/_other); counts are shown pre-formatted ({{formatted}}) so that
// es-AR groups thousands as 1.000.000.
export default {
  app: {
    title: 'Consola de Convivencia',
    subtitle: 'Tribunal de Faltas · Córdoba',
    workspaces: 'Espacios de trabajo',
    loading: 'Cargando…',
  },
  language: {
    label: 'Idioma',
    'es-AR': 'Español (Argentina)',
    en: 'English',
    saveFailed: 'No se pudo guardar el idioma elegido; se usará solo en esta sesión.',
  },
  workspace: {
    dispatch: 'Despacho',
    planning: 'Planificación',
    court: 'Tribunal',
    insights: 'Indicadores',
  },
  comingSoon: {
    badge: 'Próximamente',
    dispatch: 'Tablero de unidades en vivo, mapa, cola de denuncias y asignación — próximamente.',
    court: 'Expedientes, agenda de audiencias, acta de audiencia presencial y resoluciones — próximamente.',
    insights:
      'Cumplimiento sin sanción, tiempos de respuesta y tendencias por zona y tipo de operativo — próximamente.',
  },
  connection: {
    lost: 'Sin conexión con el host local',
    retrying: 'La consola reintenta conectarse automáticamente.',
    refusedTitle: 'El host local rechazó esta página',
    refused:
      'El host local se reinició o esta dirección ya no es válida. Abra la dirección que muestra el host al iniciar (npm run start:web).',
  },
  cache: {
    checking: 'Verificando la caché local…',
    checkFailed: 'No se pudo consultar el estado de la caché local.',
    retry: 'Reintentar',
    retrying: 'Reintentando…',
    retryFailed: 'No se pudo volver a intentar abrir la caché.',
    stillUnavailable: 'La caché todavía no se puede abrir.',
    unavailableTitle: 'No se puede abrir la caché local',
    reason: {
      corrupt: 'El archivo de la caché está dañado.',
      unreadable: 'El archivo de la caché no se puede leer.',
      too_new: 'La caché fue creada por una versión más nueva de la consola.',
      in_use: 'Otra consola tiene abierta esta carpeta de datos.',
    },
    // What to do, per reason. Only a corrupt file is moved aside; for the rest the console just tries again.
    hint: {
      corrupt:
        'La consola no borra el archivo: lo mueve a un lado con otro nombre y crea una caché nueva. Los datos compartidos se vuelven a descargar; los cambios locales sin enviar quedan en el archivo movido.',
      unreadable:
        'Revise los permisos del archivo y de su carpeta y el espacio libre en el disco, y después reintente. La consola no modifica el archivo.',
      too_new:
        'El archivo fue escrito por una versión más nueva de la consola: ábralo con esa versión o actualice esta consola. La consola no modifica el archivo.',
      in_use:
        'La aplicación de escritorio u otro «npm run start:web» está usando esta carpeta de datos. Ciérrelo y reintente, o inicie esta consola con otra carpeta (--data-dir).',
    },
    file: 'Archivo de la caché',
    rebuild: 'Mover a un lado y reconstruir',
    rebuilding: 'Reconstruyendo la caché…',
    rebuildFailed: 'No se pudo reconstruir la caché.',
    movedTo: 'La caché anterior se movió a {{movedTo}}.',
  },
  notice: {
    dismiss: 'Cerrar aviso',
  },
  planning: {
    heading: 'Operativos preventivos',
    filters: 'Filtros de operaciones',
    rowCount_one: '{{formatted}} operación',
    rowCount_other: '{{formatted}} operaciones',
    rowCountPending: 'Contando operaciones…',
    rowCountUnavailable: 'Cantidad no disponible',
    gridLabel: 'Operaciones',
    loadFailed: 'No se pudieron cargar las operaciones.',
    layoutSaveFailed: 'No se pudo guardar la disposición de las columnas.',
  },
  filter: {
    type: 'Tipo',
    status: 'Estado',
    barrio: 'Barrio',
    from: 'Desde',
    to: 'Hasta',
    text: 'Buscar dirección',
    textPlaceholder: 'Calle o altura',
    clear: 'Limpiar filtros',
    all: 'Todos',
    selectedCount: '{{count}} seleccionados',
  },
  column: {
    type: 'Tipo',
    status: 'Estado',
    barrio: 'Barrio',
    address: 'Dirección',
    plannedStart: 'Inicio planificado',
    plannedEnd: 'Fin planificado',
    shift: 'Turno',
    team: 'Equipo',
    resultSummary: 'Resultado',
    updatedAt: 'Actualizado',
  },
  operationType: {
    noise_check: 'Control de ruidos',
    alcohol_test: 'Control de alcoholemia',
    public_event: 'Evento público',
    street_vending: 'Venta ambulante',
    vacant_lot: 'Terreno baldío',
    education_session: 'Jornada educativa',
    election_oversight: 'Control electoral',
    camera_review: 'Revisión de cámaras',
  },
  operationStatus: {
    draft: 'Borrador',
    planned: 'Planificado',
    reserved: 'Reservado',
    in_progress: 'En curso',
    closed: 'Cerrado',
    cancelled: 'Cancelado',
  },
  shift: {
    morning: 'Mañana',
    afternoon: 'Tarde',
    night: 'Noche',
  },
  // AG Grid's own texts, passed to the grid as localeText (keys are AG Grid's).
  grid: {
    loadingOoo: 'Cargando…',
    noRowsToShow: 'No hay operaciones que coincidan con los filtros',
    loadingError: 'Error',
    ariaSortableColumn: 'Presione ENTER para ordenar',
    ariaSkeletonCellLoading: 'Cargando los datos de la fila',
    ariaSkeletonCellLoadingFailed: 'No se pudo cargar la fila',
  },
  errorBoundary: {
    title: 'Esta vista tuvo un error inesperado',
    body: 'El resto de la consola sigue funcionando. Puede reintentar; si el problema continúa, reinicie la consola.',
    retry: 'Reintentar',
  },
} as const;
