// Messages of the dispatch hub's command-line tools (npm run hub, npm run simulate). Spanish first.
export default {
  usage_hub:
    'Uso: npm run hub -- [--port N] [--host DIRECCIÓN] [--data-dir CARPETA] [--database postgres://…] [--demo-units N] [--demo-operations N] [--log-level debug|info|warn|error] [--lang es-AR|en]\n' +
    '     npm run hub -- user add USUARIO --role ROL --name "Nombre" [--password CLAVE] [--data-dir CARPETA]\n' +
    '     npm run hub -- user disable|enable USUARIO [--data-dir CARPETA]\n' +
    '     npm run hub -- user reset USUARIO [--password CLAVE] [--data-dir CARPETA]\n' +
    '     npm run hub -- user end-sessions USUARIO [--data-dir CARPETA]\n' +
    '     npm run hub -- device pair UNIDAD --label "Etiqueta" [--hub URL] [--data-dir CARPETA]\n' +
    '     npm run hub -- device list|revoke [ID_DISPOSITIVO] [--data-dir CARPETA]\n' +
    '     npm run hub -- backup CARPETA_DE_COPIAS [--data-dir CARPETA | --database postgres://…]\n' +
    '     npm run hub -- restore ARCHIVO [--data-dir CARPETA | --database postgres://…]   (con el hub detenido)\n' +
    'Variables de entorno: HUB_PORT, HUB_HOST, HUB_DATA_DIR, HUB_DATABASE_URL, HUB_LOG_LEVEL. Roles: coordinator, dispatcher, court_clerk, judge, administrator.',
  usage_simulate:
    'Uso: npm run simulate -- [--units N] [--hz H] [--hub URL] [--seed S] [--call-pace P] [--data-dir CARPETA] [--lang es-AR|en]\n' +
    '     npm run simulate -- --pairing "convivencia-device:1?hub=…&unit=…&token=…" [--hz H] [--seed S] [--call-pace P]',
  from_env: 'En la variable de entorno {{name}}:',
  unknown_command: 'Comando desconocido: «{{command}}».',
  missing_flag: 'Falta la opción {{flag}}.',
  missing_username: 'Falta el nombre de usuario.',
  bad_username: 'El nombre de usuario admite de 1 a 64 letras minúsculas, dígitos, «.», «_» o «-» (se recibió «{{value}}»).',
  password_too_short: 'La contraseña debe tener al menos {{min}} caracteres (una frase de varias palabras sirve).',
  password_too_long: 'La contraseña puede tener hasta {{max}} caracteres.',
  password_common:
    'Esa contraseña es de las más usadas (o lo es sin los números o símbolos que la rodean, o repite una sílaba): elija otra, por ejemplo una frase de varias palabras.',
  password_personal: 'La contraseña no puede contener el usuario ni el nombre de la persona, ni el nombre del programa.',
  listening: 'Hub de despacho escuchando en {{url}}',
  data_dir: 'Datos: {{dir}}',
  stop: 'Ctrl+C para detener.',
  demo_accounts: 'Cuentas de demostración (también en {{file}}):',
  demo_account: '  {{username}} · {{role}} · contraseña: {{password}}',
  demo_devices:
    '{{count}} dispositivos de demostración. Para simular patrullas: npm run simulate -- --units {{count}} --data-dir "{{dir}}"',
  no_users:
    'Todavía no hay usuarios. Agregue uno con: npm run hub -- user add USUARIO --role dispatcher --name "Nombre", o inicie con --demo-units 24 para tener cuentas de demostración.',
  port_in_use: 'El puerto {{port}} está en uso. Elija otro con --port, o --port 0 para uno libre.',
  hub_in_use: 'Otro hub (proceso {{pid}}) ya usa la carpeta de datos {{dir}}.',
  store_unavailable: 'No se puede abrir el almacén del hub {{file}} ({{reason}}).',
  reason_corrupt: 'el archivo está dañado',
  reason_unreadable: 'no se puede leer',
  reason_too_new: 'lo creó una versión más nueva del hub',
  reason_in_use: 'otro proceso lo tiene abierto',
  bad_database_url:
    'La opción --database (o HUB_DATABASE_URL) debe ser una dirección postgres:// o postgresql:// con servidor (se recibió «{{value}}»).',
  database_unavailable: 'No se puede usar la base de datos del hub {{database}} ({{reason}}). {{detail}}',
  reason_unreachable: 'no responde o rechazó la conexión',
  reason_driver_missing: 'falta el controlador de PostgreSQL: instale libpq-dev y vuelva a ejecutar npm ci',
  missing_backup_dir: 'Falta la carpeta donde guardar la copia de seguridad.',
  missing_backup_file: 'Falta el archivo de la copia de seguridad que se quiere restaurar.',
  backup_written: 'Copia de seguridad del hub guardada y comprobada: {{file}}',
  backup_no_store:
    'No hay un almacén del hub en {{file}}: no hay nada que copiar. ¿Es la carpeta de datos correcta (--data-dir, HUB_DATA_DIR)?',
  backup_dir_unusable: 'No se puede escribir en la carpeta {{dir}} ({{detail}}).',
  backup_exists: 'Ya existe {{file}}: espere un segundo y vuelva a intentarlo.',
  backup_check_failed: 'La copia recién escrita no pasó la comprobación de integridad ({{detail}}) y se borró. Vuelva a intentarlo.',
  backup_failed: 'No se pudo hacer la copia de seguridad ({{detail}}). No quedó ninguna copia a medias.',
  pg_tool_missing:
    'No se encontró {{tool}} de PostgreSQL. Instale el cliente de PostgreSQL de la versión del servidor (paquete postgresql-client) o indique su carpeta con PG_BIN.',
  restore_no_file: 'No existe el archivo {{file}}.',
  restore_hub_running:
    'Hay un hub en marcha (proceso {{pid}}) sobre la carpeta de datos {{dir}}: deténgalo antes de restaurar. No se cambió nada.',
  restore_hub_running_pg:
    'Hay {{count}} conexiones de hubs abiertas a la base {{database}}: detenga todos los hubs antes de restaurar. No se cambió nada.',
  restore_corrupt: 'El archivo {{file}} está dañado o no es una base de datos SQLite. No se cambió nada.',
  restore_foreign: 'El archivo {{file}} no es una copia del almacén de un hub (¿es la caché de una consola?). No se cambió nada.',
  restore_too_new:
    'La copia {{file}} es de una versión más nueva del hub (esquema {{version}}; esta versión llega hasta el {{known}}). Actualice el hub antes de restaurarla. No se cambió nada.',
  restore_not_a_dump: 'El archivo {{file}} no es una copia de pg_dump en formato personalizado (-Fc). No se cambió nada.',
  restore_older_than_database:
    'La base {{database}} tiene un esquema más nuevo ({{current}}) que la copia ({{version}}): restáurela en una base vacía (créela y úsela con --database). No se cambió nada.',
  restore_failed: 'No se pudo restaurar la copia ({{detail}}). El almacén quedó como estaba.',
  restore_done: 'Almacén del hub restaurado desde {{file}}.',
  restore_kept: 'El almacén anterior quedó en {{file}}.',
  user_added: 'Usuario {{username}} creado con el rol {{role}}.',
  user_password: 'Contraseña: {{password}} (no se volverá a mostrar)',
  user_exists: 'Ya existe el usuario {{username}}.',
  user_not_found: 'No existe el usuario {{username}}.',
  user_disabled: 'Usuario {{username}} deshabilitado; sus sesiones se cerraron.',
  user_enabled: 'Usuario {{username}} habilitado.',
  user_reset: 'Contraseña de {{username}} restablecida; sus sesiones se cerraron.',
  user_sessions_ended: 'Se cerraron las sesiones de {{username}} ({{count}}).',
  last_administrator: 'No se puede deshabilitar a {{username}}: es la última cuenta de administración habilitada.',
  admin_refused: 'El hub rechazó el pedido ({{reason}}).',
  missing_unit: 'Falta la unidad del dispositivo.',
  missing_device: 'Falta el identificador del dispositivo.',
  bad_device_label: 'La etiqueta del dispositivo admite de 1 a 80 caracteres.',
  bad_unit_id: 'La unidad admite de 1 a 64 caracteres (se recibió «{{value}}»).',
  bad_device_id: 'Un identificador de dispositivo es «dev-» y de 8 a 32 letras minúsculas o dígitos (se recibió «{{value}}»).',
  bad_hub_url: 'La opción --hub debe ser una dirección http:// o https://, o varias separadas por comas (se recibió «{{value}}»).',
  device_no_hub_url:
    'No se sabe en qué dirección escucha el hub de esta carpeta de datos: indíquela con --hub URL (la usa el texto de emparejamiento). No se emparejó nada.',
  unit_not_found: 'El hub no tiene la unidad {{unit}}. No se emparejó nada.',
  device_paired: 'Dispositivo {{id}} («{{label}}») emparejado con la unidad {{unit}}.',
  device_token: 'Token: {{token}} (no se volverá a mostrar)',
  device_pairing: 'Texto de emparejamiento (para el dispositivo o el simulador): {{text}}',
  device_not_found: 'No existe el dispositivo {{id}}.',
  device_already_revoked: 'El dispositivo {{id}} ya estaba revocado.',
  device_revoked: 'Dispositivo {{id}} revocado: el hub rechaza su token y, si está conectado, lo desconecta.',
  device_list_empty: 'No hay dispositivos emparejados.',
  device_line: '{{id}} · unidad {{unit}} · «{{label}}» · emparejado el {{created}}{{by}}{{revoked}}',
  device_paired_by: ' por {{by}}',
  device_revoked_on: ' · revocado el {{when}}',
  role_coordinator: 'coordinación',
  role_dispatcher: 'despacho',
  role_court_clerk: 'mesa de entradas del tribunal',
  role_judge: 'juez/a',
  role_administrator: 'administración',
  sim_no_credentials: 'No hay credenciales de demostración en {{file}}. Inicie antes el hub con --demo-units N en esa carpeta de datos.',
  sim_bad_credentials: 'El archivo {{file}} no tiene el formato esperado.',
  sim_too_few:
    'El hub de {{dir}} tiene {{available}} dispositivos de demostración y se pidieron {{requested}}. Use una carpeta de datos nueva e inicie el hub con --demo-units {{requested}} o más.',
  sim_no_url: 'No se sabe dónde escucha el hub: indíquelo con --hub URL.',
  sim_bad_pairing:
    'El texto de emparejamiento no es válido: se espera «convivencia-device:1?hub=…&unit=…&token=…», como lo muestra el hub al emparejar un dispositivo.',
  sim_pairing_and_units: 'Con --pairing se simula un solo dispositivo: no use --units, --hub ni --data-dir.',
  sim_starting: 'Simulando {{units}} unidades a {{hz}} Hz contra {{url}} (semilla {{seed}})…',
  sim_ready: 'Las {{units}} unidades están conectadas. Ctrl+C para detener.',
  sim_starting_paired: 'Simulando el dispositivo de {{unit}} a {{hz}} Hz contra {{url}} (semilla {{seed}})…',
  sim_ready_paired: 'El dispositivo de {{unit}} está conectado. Ctrl+C para detener.',
  sim_refused: 'El hub rechazó el dispositivo de {{unit}} ({{reason}}): ¿las credenciales son de este hub?',
  sim_stats: 'Enviados {{sent}} · aceptados {{accepted}} · rechazados {{rejected}}.',
} as const;
