// The Despacho map (src/renderer/workspaces/dispatch/map): the vector map, its keyboard unit picker, the basemap's
// attribution and what is said when the map cannot be drawn as usual.
export default {
  loading: 'Cargando el mapa…',
  help: 'Mapa de calles de Córdoba. Con el mapa enfocado: flechas para desplazarse, + y − para acercar y alejar, 0 o Inicio para volver a toda la ciudad. Con la lista de móviles enfocada: flechas arriba y abajo para recorrer los móviles, Intro para elegir uno.',
  picker: {
    label: 'Móviles en el mapa',
    position: '{{index}} de {{count}}',
    empty: 'Ningún móvil tiene posición todavía.',
  },
  fallback: {
    noWebgl:
      'Este equipo no puede dibujar el mapa de calles (WebGL no está disponible en esta pantalla). Se muestra el mapa simplificado de barrios y avenidas.',
  },
  basemapProblem: {
    missing: 'No se encontró el archivo del mapa de la ciudad elegido en Configuración ({{file}}). Se muestra el mapa de demostración.',
    not_mbtiles:
      'El archivo del mapa de la ciudad elegido en Configuración ({{file}}) no es un archivo MBTiles válido. Se muestra el mapa de demostración.',
    not_vector:
      'El archivo del mapa de la ciudad elegido en Configuración ({{file}}) no tiene mosaicos vectoriales. Se muestra el mapa de demostración.',
  },
  demoNote: 'Mapa de demostración: geografía aproximada. El mapa de calles de la ciudad se elige en Configuración.',
} as const;
