import type { Messages } from '../types.ts';
import type esAR from '../es-AR/hub.ts';

export default {
  usage_hub:
    'Usage: npm run hub -- [--port N] [--host ADDRESS] [--data-dir DIR] [--demo-units N] [--demo-operations N] [--lang es-AR|en]\n' +
    '       npm run hub -- user add USERNAME --role ROLE --name "Name" [--password PASSWORD] [--data-dir DIR]\n' +
    '       npm run hub -- user disable|enable USERNAME [--data-dir DIR]\n' +
    '       npm run hub -- user reset USERNAME [--password PASSWORD] [--data-dir DIR]\n' +
    'Environment: HUB_PORT, HUB_HOST, HUB_DATA_DIR. Roles: coordinator, dispatcher, court_clerk, judge, administrator.',
  usage_simulate:
    'Usage: npm run simulate -- [--units N] [--hz H] [--hub URL] [--seed S] [--call-pace P] [--data-dir DIR] [--lang es-AR|en]',
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
  user_added: 'User {{username}} created with the role {{role}}.',
  user_password: 'Password: {{password}} (it will not be shown again)',
  user_exists: 'User {{username}} already exists.',
  user_not_found: 'There is no user {{username}}.',
  user_disabled: 'User {{username}} disabled; their sessions were ended.',
  user_enabled: 'User {{username}} enabled.',
  user_reset: 'Password of {{username}} reset; their sessions were ended.',
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
  sim_bad_url: 'Option --hub must be an http:// or https:// address (got “{{value}}”).',
  sim_starting: 'Simulating {{units}} units at {{hz}} Hz against {{url}} (seed {{seed}})…',
  sim_ready: 'All {{units}} units are connected. Ctrl+C to stop.',
  sim_refused: 'The hub refused the device of {{unit}} ({{reason}}): are the credentials from this hub?',
  sim_stats: 'Sent {{sent}} · accepted {{accepted}} · refused {{rejected}}.',
} satisfies Messages<typeof esAR>;
