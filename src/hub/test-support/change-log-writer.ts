// Runs in: Node (tests only, a child process). One of several writers of one PostgreSQL hub database at once:
// `change-log-writer.ts URL WRITER COUNT` appends COUNT changes, each in a transaction of its own that holds its seq
// for a random moment before committing — or, one time in five, rolls back. Prints how many it committed.
import os from 'node:os';
import { openHubStoreAt } from '../store/hub-store.ts';

const [database, writer, count] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4])];
const store = openHubStoreAt({ dataDir: os.tmpdir(), database });
let committed = 0;
for (let i = 1; i <= count; i++) {
  try {
    store.transaction(() => {
      const data = { id: `${writer}-${i}`, version: 1 };
      store.changes.append({ at: Date.now(), entity: 'setting', id: data.id, data: data as never });
      store.db.value('SELECT pg_sleep(?)', Math.random() * 0.004);
      if (Math.random() < 0.2) throw new Error('rolled back');
    });
    committed++;
  } catch {
    // a rolled-back append: its seq is taken again by the next one
  }
}
store.close();
process.stdout.write(String(committed));
