// Runs in: Node (tsx). `npm run hub -- …`: runs the dispatch hub, or manages its users (`user …`) and patrol
// devices (`device …`), or backs its store up and restores it (`backup DIR`, `restore FILE`).
// Usage in the 'hub' messages (src/shared/i18n/*/hub.ts: usage_hub).
import { languageFromArgs } from '../core/cli/cli-messages.ts';
import { runBackupCommand, runRestoreCommand } from './cli/backup-command.ts';
import { runDeviceCommand } from './cli/device-command.ts';
import { hubOutput } from './cli/hub-output.ts';
import { runServeCommand } from './cli/serve-command.ts';
import { runUserCommand } from './cli/user-command.ts';

const argv = process.argv.slice(2);
const out = hubOutput(languageFromArgs(argv));
if (argv[0] === 'user') await runUserCommand(argv.slice(1), out);
else if (argv[0] === 'device') runDeviceCommand(argv.slice(1), out);
else if (argv[0] === 'backup') await runBackupCommand(argv.slice(1), out);
else if (argv[0] === 'restore') await runRestoreCommand(argv.slice(1), out);
else await runServeCommand(argv, out);
