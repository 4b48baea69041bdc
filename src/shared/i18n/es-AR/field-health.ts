// «Configuración» → «Relojes de los equipos» (administrators): device reports the hub refused because the device's
// clock was out of its tolerance (field.clockTolerance), per unit, since the hub started.
export default {
  heading: 'Relojes de los equipos de patrulla',
  description:
    'Informes de posición que el hub rechazó porque el reloj del equipo estaba adelantado o atrasado respecto del suyo más de lo tolerado, por unidad, desde que el hub arrancó. Un equipo con rechazos necesita que se revisen su fecha y hora: mientras tanto el tablero no muestra sus posiciones.',
  tolerance: 'Tolerancia vigente: hasta {{ahead}} s adelantado y {{behind}} s atrasado; se cambia en «Normativa».',
  noTolerance: 'No hay una tolerancia vigente: el hub no rechaza informes por su reloj.',
  since: 'Contados desde {{since}}.',
  loading: 'Consultando al hub…',
  loadFailed: 'No se pudo consultar al hub.',
  refresh: 'Actualizar',
  none: 'Ningún informe rechazado por el reloj del equipo.',
  tableLabel: 'Informes rechazados por unidad',
  column: {
    unit: 'Unidad',
    ahead: 'Adelantados',
    behind: 'Atrasados',
    lastDeviceTime: 'Último rechazado: hora del equipo',
    lastRefusedAt: 'Rechazado el',
  },
};
