// Messages of the command-line tools and hosts (seed, web host, desktop launcher). Spanish first.
export default {
  usage_seed: 'Uso: npm run seed -- [--operations N] [--seed S] [--until AAAA-MM-DD] [--data-dir CARPETA] [--append] [--lang es-AR|en]',
  usage_web:
    'Uso: npm run start:web -- [--data-dir CARPETA] [--port N] [--host 127.0.0.1 [--allow-remote]] [--open] [--no-demo] [--hub URL --hub-user USUARIO | --no-hub] [--lang es-AR|en]',
  usage_audit:
    'Uso: npm run audit:verify -- --data-dir CARPETA [--case ID] [--lang es-AR|en]   (la carpeta de un hub o de una consola)\n' +
    '     npm run audit:verify -- --database postgres://… [--case ID]   (el almacén PostgreSQL de un hub; o HUB_DATABASE_URL)',
  audit_checking: 'Verificando las cadenas de auditoría de {{what}} {{file}}…',
  audit_hub: 'el hub',
  audit_console: 'la consola',
  audit_nothing: 'En {{dir}} no hay ni un hub ({{hub}}) ni la caché de una consola ({{cache}}).',
  audit_ok: 'Íntegras: {{chains}} cadenas, {{entries}} entradas verificadas ({{rate}} entradas/s).',
  audit_broken: 'ALTERADA: {{broken}} de {{chains}} cadenas ({{entries}} entradas verificadas).',
  audit_break: '  expediente {{caseId}}: desde la entrada {{n}} ({{entryId}}) — {{problem}}',
  audit_problem_modified: 'la entrada fue modificada',
  audit_problem_broken_link: 'no enlaza con la entrada anterior (se borró, insertó o movió una entrada)',
  audit_problem_out_of_order: 'el número de entrada no es el siguiente (falta o sobra una entrada)',
  audit_problem_data: 'el registro no es el que la entrada certificó',
  unknown_flag: 'Opción desconocida: {{flag}}',
  missing_value: 'Falta el valor de la opción {{flag}}',
  bad_integer: 'La opción {{flag}} debe ser un número entero entre {{min}} y {{max}} (se recibió «{{value}}»)',
  bad_date: 'La opción {{flag}} debe ser una fecha AAAA-MM-DD válida (se recibió «{{value}}»)',
  bad_choice: 'La opción {{flag}} admite: {{choices}} (se recibió «{{value}}»)',
  bad_host:
    'La opción --host solo acepta una dirección de loopback (127.0.0.1, ::1 o localhost) salvo que se indique --allow-remote; se recibió «{{value}}»',
  wildcard_host: 'La opción --host necesita la dirección concreta que usarán los otros equipos (p. ej. 192.168.1.10), no «{{value}}».',
  seeding: 'Generando {{count}} operaciones de demostración (semilla {{seed}}) en {{file}}…',
  seeded: 'Listo: {{count}} operaciones en {{seconds}} s ({{rate}} filas/s).',
  cache_not_empty: 'La caché {{file}} ya tiene {{count}} operaciones; use --append para agregar más.',
  cache_unavailable:
    'No se puede abrir la caché {{file}} ({{reason}}). Abra la consola para moverla a un lado y reconstruirla, o muévala manualmente.',
  reason_corrupt: 'el archivo está dañado',
  reason_unreadable: 'no se puede leer',
  reason_too_new: 'lo creó una versión más nueva de la consola',
  reason_in_use: 'otra consola la tiene abierta',
  hub_embedded: 'Hub de despacho integrado: {{url}} · {{units}} unidades simuladas · la consola entra como «{{user}}»',
  hub_remote: 'Siguiendo el hub de despacho {{url}} como «{{user}}»',
  hub_remote_signed_out: 'Hub de despacho {{url}}: inicie sesión desde «Configuración» en la consola',
  hub_bad_url: 'La opción --hub necesita una dirección http(s)://… (se recibió «{{value}}»)',
  hub_credentials_missing:
    'Con --hub-user defina la contraseña en la variable de entorno CONVIVENCIA_HUB_PASSWORD (o omita --hub-user e inicie sesión desde «Configuración» en la consola).',
  web_ready: 'Consola en modo navegador: {{url}}',
  web_data: 'Datos locales: {{dir}}',
  web_stop: 'Ctrl+C para detener.',
  web_open_failed: 'No se pudo abrir el navegador del sistema; abra la dirección a mano.',
  renderer_missing: 'No se encontró la interfaz compilada en {{dir}}. Ejecute primero: npm run build',
  port_in_use: 'El puerto {{port}} está en uso. Elija otro con --port o use --port 0 para uno libre.',
  electron_missing:
    'No se encontró el ejecutable de Electron en esta máquina, así que la consola de escritorio no puede iniciarse.\nUse el modo navegador, que ejecuta la misma consola: npm run start:web',
} as const;
