// Runs in: Node. `npm run hub -- user add|disable|enable|reset USERNAME …`: manages console users in the store
// of a data dir. Works whether or not a hub is running on it (SQLite's WAL lets both write).
import { parseFlags } from '../../shared/cli/parse-flags.ts';
import { ROLES, type Role } from '../../shared/auth/roles.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '../../shared/auth/password-policy.ts';
import { USERNAME_PATTERN } from '../../shared/auth/username.ts';
import { addUser, resetPassword, setUserDisabled } from '../accounts.ts';
import { isCommonPassword } from '../auth/common-passwords.ts';
import { generatePassword } from '../auth/passwords.ts';
import { updateDemoPassword } from '../demo/demo-credentials.ts';
import { normalizeUsername } from '../store/users-repository.ts';
import { hubDataDir, LANG_FLAG, openStoreOrExit } from './hub-flags.ts';
import { USAGE_ERROR, type HubOutput } from './hub-output.ts';

const FLAGS = {
  role: { kind: 'choice', choices: ROLES },
  name: { kind: 'string', maxLength: 120 },
  password: { kind: 'string', maxLength: 1024 },
  'data-dir': { kind: 'string' },
  lang: LANG_FLAG,
} as const;

const ACTIONS = ['add', 'disable', 'enable', 'reset'] as const;
type Action = (typeof ACTIONS)[number];

export async function runUserCommand(argv: readonly string[], out: HubOutput): Promise<void> {
  const [action, rawUsername, ...rest] = argv;
  if (!ACTIONS.includes(action as Action)) return out.fail('unknown_command', { command: `user ${action ?? ''}`.trim() }, USAGE_ERROR);
  if (!rawUsername || rawUsername.startsWith('--')) return out.fail('missing_username', {}, USAGE_ERROR);
  const username = normalizeUsername(rawUsername);
  if (!USERNAME_PATTERN.test(username)) return out.fail('bad_username', { value: rawUsername.slice(0, 80) }, USAGE_ERROR);
  const flags = out.parse('usage_hub', () => parseFlags(rest, FLAGS));
  if (action === 'add' && !flags.role) return out.fail('missing_flag', { flag: '--role' }, USAGE_ERROR);
  if (action === 'add' && !flags.name?.trim()) return out.fail('missing_flag', { flag: '--name' }, USAGE_ERROR);

  const dataDir = hubDataDir(flags['data-dir']);
  const store = openStoreOrExit(out, dataDir);
  const now = Date.now();
  const password = flags.password ?? generatePassword();
  // A password typed on the command line follows the policy; a generated one is long and random.
  const weak = (personal: readonly string[]) => {
    const problem = flags.password === undefined ? null : passwordProblem(password, { isCommon: isCommonPassword, personal });
    if (problem) out.fail(`password_${problem}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH }, USAGE_ERROR);
    return problem !== null;
  };
  try {
    switch (action as Action) {
      case 'add': {
        if (weak([username, flags.name!])) return;
        const role = flags.role as Role;
        if (!(await addUser(store, { username, displayName: flags.name!.trim(), role, password }, now))) {
          return out.fail('user_exists', { username });
        }
        out.say('user_added', { username, role: out.text(`role_${role}`) });
        break;
      }
      case 'disable':
      case 'enable':
        if (!setUserDisabled(store, username, action === 'disable', now)) return out.fail('user_not_found', { username });
        out.say(action === 'disable' ? 'user_disabled' : 'user_enabled', { username });
        return;
      case 'reset':
        if (weak([username, store.users.byUsername(username)?.displayName ?? ''])) return;
        if (!(await resetPassword(store, username, password, now))) return out.fail('user_not_found', { username });
        updateDemoPassword(dataDir, username, password);
        out.say('user_reset', { username });
        break;
    }
    if (flags.password === undefined) out.say('user_password', { password });
  } finally {
    store.close();
  }
}
