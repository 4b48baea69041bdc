// Readable explanations of ConsoleApi failures. Top-level keys are the ApiErrorCode values;
// `field` and `issue` explain the per-field issues of invalid_input (zod issue codes and custom keys).
export default {
  invalid_input: 'El host local rechazó los datos del pedido.',
  unknown_method: 'El host local no reconoce este pedido: la consola y el host parecen ser de versiones distintas.',
  forbidden: 'El host local rechazó el pedido por falta de permiso o porque la conexión no es de confianza.',
  cache_unavailable: 'La caché local no está disponible.',
  hub_unavailable:
    'Este pedido necesita el hub de despacho y la consola no está conectada a él (o no respondió a tiempo). Reintente cuando la conexión vuelva a estar «En vivo».',
  internal: 'Ocurrió un error en el host local. Intente de nuevo; si persiste, reinicie la consola.',
  connection_lost: 'Se perdió la conexión con el host local antes de recibir la respuesta.',
  issueLine: '{{field}}: {{problem}}',
  field: {
    filter_types: 'Tipo',
    filter_statuses: 'Estado',
    filter_shifts: 'Turno',
    filter_barrios: 'Barrio',
    filter_from: 'Desde',
    filter_to: 'Hasta',
    filter_text: 'Buscar dirección',
    unitIds: 'Unidades',
    from: 'Inicio',
    to: 'Fin',
    request: 'Pedido',
  },
  issue: {
    too_big: 'valor demasiado grande o demasiado largo',
    too_small: 'valor demasiado chico o demasiado corto',
    invalid_type: 'tipo de dato incorrecto',
    invalid_value: 'valor no admitido',
    invalid_format: 'formato incorrecto',
    unrecognized_keys: 'contiene campos desconocidos',
    range_inverted: 'la fecha «Hasta» es anterior a «Desde»',
    window_too_long: 'el período no puede superar las 24 horas',
    other: 'valor no válido ({{code}})',
  },
} as const;
