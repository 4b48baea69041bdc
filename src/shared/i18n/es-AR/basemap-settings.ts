// «Configuración» → «Mapa base»: the city's own vector tiles (an MBTiles file) for the Despacho map.
export default {
  heading: 'Mapa base',
  description:
    'El mapa de Despacho dibuja calles y barrios con mosaicos vectoriales que sirve la propia consola, sin conexión a internet: el mapa de demostración del proyecto o el archivo MBTiles de la ciudad.',
  loading: 'Leyendo el mapa base…',
  loadFailed: 'No se pudo leer qué mapa base está en uso.',
  retry: 'Reintentar',
  inUse: {
    demo: 'En uso: el mapa de demostración, «{{name}}».',
    demoUnnamed: 'En uso: el mapa de demostración.',
    city: 'En uso: el archivo de la ciudad {{file}}, «{{name}}».',
    cityUnnamed: 'En uso: el archivo de la ciudad {{file}}.',
  },
  attribution: 'Atribución: {{attribution}}',
  problem: 'El archivo elegido ({{file}}) no se pudo abrir: {{reason}}; se muestra el mapa de demostración.',
  reason: {
    missing: 'no se encuentra o la consola no puede leerlo',
    not_mbtiles: 'no es un archivo MBTiles válido',
    not_vector: 'tiene imágenes (mosaicos raster), no mosaicos vectoriales',
  },
  readOnly: 'Solo una persona con rol de administración puede cambiar el mapa base.',
  file: 'Archivo .mbtiles de la ciudad',
  fileHint:
    'La ruta del archivo en la computadora donde se ejecuta la consola, por ejemplo C:\\Mapas\\cordoba.mbtiles o /srv/mapas/cordoba.mbtiles. El README explica cómo generarlo a partir de OpenStreetMap.',
  use: 'Usar este archivo',
  demo: 'Volver al mapa de demostración',
  working: 'Aplicando…',
  done: {
    city: 'Mapa base cambiado: el mapa de Despacho usa ahora «{{name}}».',
    demo: 'Se volvió al mapa de demostración.',
  },
  setFailed: 'No se pudo cambiar el mapa base.',
  fileProblem: {
    empty: 'Ingrese la ruta del archivo .mbtiles.',
    too_long: 'La ruta es demasiado larga: puede tener hasta {{max}} caracteres.',
    invalid_path: 'La ruta tiene caracteres de control (por ejemplo, un salto de línea): escríbala de nuevo.',
    invalid: 'La consola no aceptó esa ruta.',
    missing: 'No hay ningún archivo en esa ruta, o la consola no puede leerlo. Nada cambió.',
    not_mbtiles: 'Ese archivo no es un MBTiles (una base SQLite con las tablas metadata y tiles). Nada cambió.',
    not_vector: 'Ese MBTiles tiene imágenes (mosaicos raster); el mapa necesita mosaicos vectoriales (formato pbf). Nada cambió.',
    forbidden: 'La consola rechazó el cambio: solo una persona con rol de administración y la sesión iniciada puede cambiar el mapa base.',
  },
} as const;
