import type { Messages } from '../types.ts';
import type esAR from '../es-AR/cli.ts';

export default {
  usage_seed: 'Usage: npm run seed -- [--operations N] [--seed S] [--until YYYY-MM-DD] [--data-dir DIR] [--append] [--lang es-AR|en]',
  usage_web:
    'Usage: npm run start:web -- [--data-dir DIR] [--port N] [--host 127.0.0.1 [--allow-remote]] [--open] [--no-demo] [--hub URL --hub-user USER | --no-hub] [--lang es-AR|en]',
  usage_audit:
    'Usage: npm run audit:verify -- --data-dir DIR [--case ID] [--lang es-AR|en]   (a hub’s or a console’s folder)\n' +
    '       npm run audit:verify -- --database postgres://… [--case ID]   (a hub’s PostgreSQL store; or HUB_DATABASE_URL)',
  audit_checking: 'Checking the audit chains of {{what}} {{file}}…',
  audit_hub: 'the hub',
  audit_console: 'the console',
  audit_nothing: '{{dir}} holds neither a hub ({{hub}}) nor a console cache ({{cache}}).',
  audit_ok: 'Intact: {{chains}} chains, {{entries}} entries checked ({{rate}} entries/s).',
  audit_broken: 'TAMPERED: {{broken}} of {{chains}} chains ({{entries}} entries checked).',
  audit_break: '  case {{caseId}}: from entry {{n}} ({{entryId}}) — {{problem}}',
  audit_problem_modified: 'the entry was modified',
  audit_problem_broken_link: 'it does not link to the entry before it (an entry was deleted, inserted or moved)',
  audit_problem_out_of_order: 'its number is not the next one (an entry is missing or extra)',
  audit_problem_data: 'the record is not the one the entry certified',
  unknown_flag: 'Unknown option: {{flag}}',
  missing_value: 'Missing value for option {{flag}}',
  bad_integer: 'Option {{flag}} must be a whole number between {{min}} and {{max}} (got “{{value}}”)',
  bad_date: 'Option {{flag}} must be a valid YYYY-MM-DD date (got “{{value}}”)',
  bad_choice: 'Option {{flag}} accepts: {{choices}} (got “{{value}}”)',
  bad_host: 'Option --host only accepts a loopback address (127.0.0.1, ::1 or localhost) unless --allow-remote is given; got “{{value}}”',
  wildcard_host: 'Option --host needs the concrete address other machines will use (e.g. 192.168.1.10), not “{{value}}”.',
  seeding: 'Generating {{count}} demo operations (seed {{seed}}) in {{file}}…',
  seeded: 'Done: {{count}} operations in {{seconds}} s ({{rate}} rows/s).',
  cache_not_empty: 'The cache {{file}} already holds {{count}} operations; use --append to add more.',
  cache_unavailable: 'Cannot open the cache {{file}} ({{reason}}). Open the console to move it aside and rebuild it, or move it by hand.',
  reason_corrupt: 'the file is damaged',
  reason_unreadable: 'it cannot be read',
  reason_too_new: 'a newer version of the console wrote it',
  reason_in_use: 'another console has it open',
  hub_embedded: 'Embedded dispatch hub: {{url}} · {{units}} simulated units · the console logs in as “{{user}}”',
  hub_remote: 'Following the dispatch hub {{url}} as “{{user}}”',
  hub_remote_signed_out: 'Dispatch hub {{url}}: sign in from “Settings” in the console',
  hub_bad_url: 'Option --hub needs an http(s)://… address (got “{{value}}”)',
  hub_credentials_missing:
    'With --hub-user set the password in the CONVIVENCIA_HUB_PASSWORD environment variable (or leave out --hub-user and sign in from “Settings” in the console).',
  web_ready: 'Console in browser mode: {{url}}',
  web_data: 'Local data: {{dir}}',
  web_stop: 'Ctrl+C to stop.',
  web_open_failed: 'Could not open the system browser; open the address by hand.',
  renderer_missing: 'The built interface was not found in {{dir}}. Run first: npm run build',
  port_in_use: 'Port {{port}} is in use. Pick another with --port, or --port 0 for a free one.',
  electron_missing:
    'The Electron executable is not available on this machine, so the desktop console cannot start.\nUse browser mode, which runs the same console: npm run start:web',
} satisfies Messages<typeof esAR>;
