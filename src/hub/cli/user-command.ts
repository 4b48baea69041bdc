// Runs in: Node. `npm run hub -- user add|disable|enable|reset|end-sessions USERNAME …`: manages console users in
// the store of a data dir, through the same administration service as the console's administrators (logged as
// 'cli'). Works whether or not a hub is running on it (SQLite's WAL lets both write); a running hub disconnects
// the consoles whose sessions ended at its next sweep (within 10 s).
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { ROLES, type Role } from '../../shared/auth/roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../../shared/auth/password-policy.ts';
import { USERNAME_PATTERN } from '../../shared/auth/username.ts';
import type { AdminRefusal } from '../../shared/hub-protocol/admin.ts';
import { createAccount, endAccountSessions, resetAccountPassword, setAccountDisabled } from '../admin/accounts.ts';
import { CLI_ACTOR, type AdminOutcome } from '../admin/actor.ts';
import { isCommonPassword } from '../auth/common-passwords.ts';
import { normalizeUsername } from '../store/users-repository.ts';
import { DATABASE_FLAG, LANG_FLAG, openStoreOrExit, storeLocation } from './hub-flags.ts';
import { USAGE_ERROR, type HubKey, type HubOutput } from './hub-output.ts';

const FLAGS = {
  role: { kind: 'choice', choices: ROLES },
  name: { kind: 'string', maxLength: 120 },
  password: { kind: 'string', maxLength: 1024 },
  'data-dir': { kind: 'string' },
  database: DATABASE_FLAG,
  lang: LANG_FLAG,
} as const;

const ACTIONS = ['add', 'disable', 'enable', 'reset', 'end-sessions'] as const;
type Action = (typeof ACTIONS)[number];

/** What the service may refuse the CLI (never 'own_account': the CLI is no account). */
const REFUSALS: Partial<Record<AdminRefusal, HubKey>> = {
  not_found: 'user_not_found',
  already_exists: 'user_exists',
  last_administrator: 'last_administrator',
};

export async function runUserCommand(argv: readonly string[], out: HubOutput): Promise<void> {
  const [action, rawUsername, ...rest] = argv;
  if (!ACTIONS.includes(action as Action)) return out.fail('unknown_command', { command: `user ${action ?? ''}`.trim() }, USAGE_ERROR);
  if (!rawUsername || rawUsername.startsWith('--')) return out.fail('missing_username', {}, USAGE_ERROR);
  const username = normalizeUsername(rawUsername);
  if (!USERNAME_PATTERN.test(username)) return out.fail('bad_username', { value: rawUsername.slice(0, 80) }, USAGE_ERROR);
  const flags = out.parse('usage_hub', () => parseFlags(rest, FLAGS));
  if (action === 'add' && !flags.role) return out.fail('missing_flag', { flag: '--role' }, USAGE_ERROR);
  if (action === 'add' && !flags.name?.trim()) return out.fail('missing_flag', { flag: '--name' }, USAGE_ERROR);

  const store = openStoreOrExit(out, storeLocation(out, flags));
  const now = Date.now();
  const typed = flags.password;
  // A password typed on the command line follows the policy; a generated one is long and random.
  const weak = (personal: readonly string[]) => {
    const problem = typed === undefined ? null : passwordProblem(typed, { isCommon: isCommonPassword, personal });
    if (problem) out.fail(`password_${problem}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }, USAGE_ERROR);
  };
  const settled = <T>(outcome: AdminOutcome<T>): T =>
    outcome.ok ? outcome.value : out.fail(REFUSALS[outcome.error] ?? 'admin_refused', { username, reason: outcome.error });
  const showPassword = (password: string) => {
    if (typed === undefined) out.say('user_password', { password });
  };
  try {
    switch (action as Action) {
      case 'add': {
        const displayName = flags.name!.trim();
        weak([username, displayName]);
        const role = flags.role as Role;
        const { password } = settled(await createAccount(store, CLI_ACTOR, { username, displayName, role, password: typed }, now));
        out.say('user_added', { username, role: out.text(`role_${role}`) });
        showPassword(password);
        break;
      }
      case 'disable':
      case 'enable':
        settled(setAccountDisabled(store, CLI_ACTOR, username, action === 'disable', now));
        out.say(action === 'disable' ? 'user_disabled' : 'user_enabled', { username });
        break;
      case 'reset': {
        weak([username, store.users.byUsername(username)?.displayName ?? '']);
        const { password } = settled(await resetAccountPassword(store, CLI_ACTOR, username, now, typed));
        out.say('user_reset', { username });
        showPassword(password);
        break;
      }
      case 'end-sessions':
        out.say('user_sessions_ended', { username, count: settled(endAccountSessions(store, CLI_ACTOR, username, now)).endedSessions });
        break;
    }
  } finally {
    store.close();
  }
}
