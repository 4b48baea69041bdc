import type { Messages } from '../types.ts';
import type esAR from '../es-AR/hub.ts';

export default {
  usage_hub:
    'Usage: npm run hub -- [--port N] [--host ADDRESS] [--data-dir DIR] [--database postgres://…] [--demo-units N] [--demo-operations N] [--log-level debug|info|warn|error] [--lang es-AR|en]\n' +
    '       npm run hub -- user add USERNAME --role ROLE --name "Name" [--password PASSWORD] [--data-dir DIR]\n' +
    '       npm run hub -- user disable|enable USERNAME [--data-dir DIR]\n' +
    '       npm run hub -- user reset USERNAME [--password PASSWORD] [--data-dir DIR]\n' +
    '       npm run hub -- user end-sessions USERNAME [--data-dir DIR]\n' +
    '       npm run hub -- device pair UNIT --label "Label" [--hub URL] [--data-dir DIR]\n' +
    '       npm run hub -- device list|revoke [DEVICE_ID] [--data-dir DIR]\n' +
    '       npm run hub -- backup BACKUP_DIR [--data-dir DIR | --database postgres://…]\n' +
    '       npm run hub -- restore FILE [--data-dir DIR | --database postgres://…]   (with the hub stopped)\n' +
    'Environment: HUB_PORT, HUB_HOST, HUB_DATA_DIR, HUB_DATABASE_URL, HUB_LOG_LEVEL. Roles: coordinator, dispatcher, court_clerk, judge, administrator.',
  usage_simulate:
    'Usage: npm run simulate -- [--units N] [--hz H] [--hub URL] [--seed S] [--call-pace P] [--data-dir DIR] [--lang es-AR|en]\n' +
    '       npm run simulate -- --pairing "convivencia-device:1?hub=…&unit=…&token=…" [--hz H] [--seed S] [--call-pace P]',
  from_env: 'In the environment variable {{name}}:',
  unknown_command: 'Unknown command: “{{command}}”.',
  missing_flag: 'Option {{flag}} is required.',
  missing_username: 'The username is missing.',
  bad_username: 'A username is 1 to 64 lower-case letters, digits, “.”, “_” or “-” (got “{{value}}”).',
  password_too_short: 'The password must be at least {{min}} characters long (a phrase of several words will do).',
  password_too_long: 'The password may be at most {{max}} characters long.',
  password_common:
    'That password is among the most used ones (or is, without the digits or symbols around it, or repeats a syllable): choose another, for example a phrase of several words.',
  password_personal: 'The password may not contain the person’s username or name, nor the program’s name.',
  listening: 'Dispatch hub listening on {{url}}',
  data_dir: 'Data: {{dir}}',
  stop: 'Ctrl+C to stop.',
  demo_accounts: 'Demo accounts (also in {{file}}):',
  demo_account: '  {{username}} · {{role}} · password: {{password}}',
  demo_devices: '{{count}} demo devices. To simulate patrols: npm run simulate -- --units {{count}} --data-dir "{{dir}}"',
  no_users:
    'There are no users yet. Add one with: npm run hub -- user add USERNAME --role dispatcher --name "Name", or start with --demo-units 24 to get demo accounts.',
  port_in_use: 'Port {{port}} is in use. Pick another with --port, or --port 0 for a free one.',
  hub_in_use: 'Another hub (process {{pid}}) is already using the data folder {{dir}}.',
  store_unavailable: 'Cannot open the hub store {{file}} ({{reason}}).',
  reason_corrupt: 'the file is damaged',
  reason_unreadable: 'it cannot be read',
  reason_too_new: 'a newer version of the hub wrote it',
  reason_in_use: 'another process has it open',
  bad_database_url:
    'Option --database (or HUB_DATABASE_URL) must be a postgres:// or postgresql:// address with a server (got “{{value}}”).',
  database_unavailable: 'Cannot use the hub database {{database}} ({{reason}}). {{detail}}',
  reason_unreachable: 'it does not answer or refused the connection',
  reason_driver_missing: 'the PostgreSQL driver is missing: install libpq-dev and run npm ci again',
  missing_backup_dir: 'Missing the folder to write the backup to.',
  missing_backup_file: 'Missing the backup file to restore.',
  backup_written: 'Hub backup written and checked: {{file}}',
  backup_no_store: 'There is no hub store at {{file}}: nothing to back up. Is this the right data folder (--data-dir, HUB_DATA_DIR)?',
  backup_dir_unusable: 'Cannot write to the folder {{dir}} ({{detail}}).',
  backup_exists: '{{file}} already exists: wait a second and try again.',
  backup_check_failed: 'The backup just written failed its integrity check ({{detail}}) and was deleted. Try again.',
  backup_failed: 'The backup could not be made ({{detail}}). No partial backup was left behind.',
  pg_tool_missing:
    "PostgreSQL's {{tool}} was not found. Install the PostgreSQL client of the server's version (package postgresql-client) or give its folder in PG_BIN.",
  restore_no_file: 'The file {{file}} does not exist.',
  restore_hub_running: 'A hub is running (process {{pid}}) on the data folder {{dir}}: stop it before restoring. Nothing was changed.',
  restore_hub_running_pg:
    '{{count}} hub connections are open to the database {{database}}: stop every hub before restoring. Nothing was changed.',
  restore_corrupt: 'The file {{file}} is damaged or is not a SQLite database. Nothing was changed.',
  restore_foreign: "The file {{file}} is not a backup of a hub's store (is it a console's cache?). Nothing was changed.",
  restore_too_new:
    'The backup {{file}} comes from a newer version of the hub (schema {{version}}; this version knows up to {{known}}). Update the hub before restoring it. Nothing was changed.',
  restore_not_a_dump: 'The file {{file}} is not a pg_dump backup in the custom format (-Fc). Nothing was changed.',
  restore_older_than_database:
    'The database {{database}} has a newer schema ({{current}}) than the backup ({{version}}): restore it into an empty database (create one and use it with --database). Nothing was changed.',
  restore_failed: 'The backup could not be restored ({{detail}}). The store was left as it was.',
  restore_done: 'Hub store restored from {{file}}.',
  restore_kept: 'The previous store was kept as {{file}}.',
  user_added: 'User {{username}} created with the role {{role}}.',
  user_password: 'Password: {{password}} (it will not be shown again)',
  user_exists: 'User {{username}} already exists.',
  user_not_found: 'There is no user {{username}}.',
  user_disabled: 'User {{username}} disabled; their sessions were ended.',
  user_enabled: 'User {{username}} enabled.',
  user_reset: 'Password of {{username}} reset; their sessions were ended.',
  user_sessions_ended: 'The sessions of {{username}} were ended ({{count}}).',
  last_administrator: 'Cannot disable {{username}}: it is the last enabled administrator account.',
  admin_refused: 'The hub refused the request ({{reason}}).',
  missing_unit: 'The device’s unit is missing.',
  missing_device: 'The device id is missing.',
  bad_device_label: 'A device label has 1 to 80 characters.',
  bad_unit_id: 'A unit has 1 to 64 characters (got “{{value}}”).',
  bad_device_id: 'A device id is “dev-” and 8 to 32 lower-case letters or digits (got “{{value}}”).',
  bad_hub_url: 'Option --hub must be an http:// or https:// address, or several separated by commas (got “{{value}}”).',
  device_no_hub_url:
    'The address this data dir’s hub listens on is not known: give it with --hub URL (the pairing text needs it). Nothing was paired.',
  unit_not_found: 'The hub has no unit {{unit}}. Nothing was paired.',
  device_paired: 'Device {{id}} (“{{label}}”) paired with unit {{unit}}.',
  device_token: 'Token: {{token}} (it will not be shown again)',
  device_pairing: 'Pairing text (for the device or the simulator): {{text}}',
  device_not_found: 'There is no device {{id}}.',
  device_already_revoked: 'Device {{id}} was already revoked.',
  device_revoked: 'Device {{id}} revoked: the hub refuses its token and, if it is connected, disconnects it.',
  device_list_empty: 'No devices are paired.',
  device_line: '{{id}} · unit {{unit}} · “{{label}}” · paired on {{created}}{{by}}{{revoked}}',
  device_paired_by: ' by {{by}}',
  device_revoked_on: ' · revoked on {{when}}',
  role_coordinator: 'coordination',
  role_dispatcher: 'dispatch',
  role_court_clerk: 'court clerk',
  role_judge: 'judge',
  role_administrator: 'administration',
  sim_no_credentials: 'There are no demo credentials in {{file}}. Start the hub with --demo-units N on that data folder first.',
  sim_bad_credentials: 'The file {{file}} is not in the expected format.',
  sim_too_few:
    'The hub of {{dir}} has {{available}} demo devices and {{requested}} were asked for. Use a new data folder and start the hub with --demo-units {{requested}} or more.',
  sim_no_url: 'Where the hub listens is unknown: give it with --hub URL.',
  sim_bad_pairing:
    'The pairing text is not valid: expected “convivencia-device:1?hub=…&unit=…&token=…”, as the hub shows it when it pairs a device.',
  sim_pairing_and_units: 'With --pairing one device is simulated: do not use --units, --hub or --data-dir.',
  sim_starting: 'Simulating {{units}} units at {{hz}} Hz against {{url}} (seed {{seed}})…',
  sim_ready: 'All {{units}} units are connected. Ctrl+C to stop.',
  sim_starting_paired: 'Simulating the device of {{unit}} at {{hz}} Hz against {{url}} (seed {{seed}})…',
  sim_ready_paired: 'The device of {{unit}} is connected. Ctrl+C to stop.',
  sim_refused: 'The hub refused the device of {{unit}} ({{reason}}): are the credentials from this hub?',
  sim_stats: 'Sent {{sent}} · accepted {{accepted}} · refused {{rejected}}.',
} satisfies Messages<typeof esAR>;
