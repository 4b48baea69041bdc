// Messages of the dispatch hub's command-line tools (npm run hub, npm run simulate). Spanish first.
export default {
  usage_hub:
    'Uso: npm run hub -- [--port N] [--host DIRECCIÓN] [--data-dir CARPETA] [--demo-units N] [--demo-operations N] [--lang es-AR|en]\n' +
    '     npm run hub -- user add USUARIO --role ROL --name "Nombre" [--password CLAVE] [--data-dir CARPETA]\n' +
    '     npm run hub -- user disable|enable USUARIO [--data-dir CARPETA]\n' +
    '     npm run hub -- user reset USUARIO [--password CLAVE] [--data-dir CARPETA]\n' +
    '     npm run hub -- user end-sessions USUARIO [--data-dir CARPETA]\n' +
    '     npm run hub -- device pair UNIDAD --label "Etiqueta" [--hub URL] [--data-dir CARPETA]\n' +
    '     npm run hub -- device list|revoke [ID_DISPOSITIVO] [--data-dir CARPETA]\n' +
    'Variables de entorno: HUB_PORT, HUB_HOST, HUB_DATA_DIR. Roles: coordinator, dispatcher, court_clerk, judge, administrator.',
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
  bad_hub_url: 'La opción --hub debe ser una dirección http:// o https:// (se recibió «{{value}}»).',
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
