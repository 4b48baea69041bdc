// Runs in: Node, as a child process of crash-safety.test.ts. Opens the cache in argv[2] and writes mutations
// as fast as it can — creates, then edits of what it created — printing one line per call that returned:
// "<clientSeq> <operation id> <version>". The test kills it with SIGKILL at a random moment.
import fs from 'node:fs';
import path from 'node:path';
import { uuidv7 } from '../../../shared/ids/uuidv7.ts';
import { createCache } from '../../cache/cache.ts';
import { write } from '../write-path.ts';

const cache = createCache(path.join(process.argv[2]!, 'cache.db'));
const ids: string[] = [];
const start = Date.UTC(2026, 11, 1, 22);
for (let i = 0; ; i++) {
  const existing = i % 3 !== 0 && ids.length ? ids[i % ids.length] : undefined;
  const now = Date.now();
  const { record, clientSeq } = existing
    ? write(cache, { kind: 'operation.update', id: existing, patch: { team: `Equipo ${i % 40}` } }, 'coord', now)
    : write(
        cache,
        {
          kind: 'operation.create',
          id: uuidv7(now),
          plan: {
            type: 'alcohol_test',
            barrio: 'Centro',
            address: `Av. Colón ${i}`,
            plannedStart: start,
            plannedEnd: start + 3_600_000,
            shift: 'night',
            team: 'Equipo 01',
          },
        },
        'coord',
        now,
      );
  if (!existing) ids.push(record.id);
  fs.writeSync(1, `${clientSeq} ${record.id} ${record.version}\n`);
}
