// Runs in: Node (tests only, a child process). `open-store-child.ts URL`: opens (creating and migrating) the hub
// store in that PostgreSQL database and closes it — as a hub process starting would.
import os from 'node:os';
import { openHubStoreAt } from '../store/hub-store.ts';

openHubStoreAt({ dataDir: os.tmpdir(), database: process.argv[2]! }).close();
