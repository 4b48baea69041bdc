// Runs in: Node — the bulk load's worker thread (bulk-worker.ts). One first sync into a new cache file: resume or
// start the file (bulk-writer.ts), page the hub's records over a connection of the worker's own — the same session
// token as the core's — and build. The worker asks for the hub's pages itself so that the core's thread neither parses
// nor copies the million records; it asks for the next page before checking and writing the one it has, so the hub
// prepares it meanwhile.
import { io, type Socket } from 'socket.io-client';
import { setTimeout as sleep } from 'node:timers/promises';
import { ackOf } from '../../../shared/hub-protocol/acks.ts';
import { LIVE_NAMESPACES } from '../../../shared/hub-protocol/namespaces.ts';
import { recordsAnswerSchema, type RecordsRequest } from '../../../shared/hub-protocol/push.ts';
import type { SyncProgress } from '../../../shared/live/sync-status.ts';
import type { RecordEntity, SharedRecord } from '../../../shared/records/registry.ts';
import type { OpenOptions } from '../../cache/open.ts';
import { afterPage, nextPage, type BulkTarget } from './bulk-state.ts';
import { BulkWriter } from './bulk-writer.ts';

export interface BulkJob {
  readonly file: string;
  readonly options: Pick<OpenOptions, 'nativeBinding'>;
  readonly token: string;
  /** The hub process to page from (one of the target's address: the one the core talks to). */
  readonly via: string;
  readonly target: BulkTarget;
  /** Records per page: MAX_BULK_RECORDS_PAGE from a hub that counts its records, else MAX_RECORDS_PAGE. */
  readonly pageSize: number;
}

/** What the worker tells the core: how far it is (operations), that the file is built, or why it stopped. */
export type BulkReport =
  | {
      readonly type: 'progress';
      readonly phase: SyncProgress['phase'];
      readonly done: number;
      readonly total: number;
      readonly doneAtStart: number;
    }
  | { readonly type: 'built' }
  | { readonly type: 'failed'; readonly message: string };

const REQUEST_TIMEOUT_MS = 30_000;
const RATE_LIMITED_WAIT_MS = 250;

interface RawPage {
  readonly ok?: unknown;
  readonly error?: unknown;
  readonly value?: { readonly records?: unknown; readonly hasMore?: unknown };
}

function connect(job: BulkJob): Promise<Socket> {
  const socket = io(new URL(LIVE_NAMESPACES.console, job.via).toString(), {
    auth: { token: job.token },
    transports: ['websocket'],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** The page after `raw` (an answer not yet checked: a bad one fails its check right after), or null if none. */
function plannedAfter(writer: BulkWriter, entity: RecordEntity, raw: RawPage) {
  const records = raw.ok === true && Array.isArray(raw.value?.records) ? (raw.value.records as { id?: unknown }[]) : null;
  if (!records) return null;
  const lastId = records.at(-1)?.id;
  const kinds = afterPage(
    writer.state.kinds,
    entity,
    records.length,
    typeof lastId === 'string' ? lastId : null,
    raw.value?.hasMore === true,
  );
  return nextPage(kinds);
}

async function pageHub(job: BulkJob, writer: BulkWriter, onPage: () => void): Promise<void> {
  const socket = await connect(job);
  const ask = (page: { entity: RecordEntity; after: string | null }): Promise<RawPage> => {
    const request: RecordsRequest = { ...page, limit: job.pageSize };
    return socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('records', request) as Promise<RawPage>;
  };
  try {
    let page = writer.next();
    let answer = page && ask(page);
    while (page && answer) {
      const raw = await answer;
      if (raw.ok === false && raw.error === 'rate_limited') {
        await sleep(RATE_LIMITED_WAIT_MS);
        answer = ask(page);
        continue;
      }
      const next = plannedAfter(writer, page.entity, raw);
      const nextAnswer = next && ask(next);
      const parsed = ackOf(recordsAnswerSchema(page.entity)).parse(raw);
      if (!parsed.ok) throw new Error(`hub refused records: ${parsed.error}`);
      writer.write(page.entity, parsed.value.records as SharedRecord[], parsed.value.hasMore);
      onPage();
      [page, answer] = [next, nextAnswer];
    }
  } finally {
    socket.close();
  }
}

/** Runs the job to a built file (or throws); `post` hears its progress. */
export async function runBulkJob(job: BulkJob, post: (report: BulkReport) => void): Promise<void> {
  const writer = BulkWriter.open(job.file, job.options, job.target);
  try {
    const doneAtStart = writer.operations().done;
    const report = (phase: SyncProgress['phase']) => post({ type: 'progress', phase, doneAtStart, ...writer.operations() });
    if (writer.next()) {
      report('paging');
      await pageHub(job, writer, () => report('paging'));
    }
    if (writer.state.phase === 'paging') {
      report('building');
      writer.build(Date.now());
    }
  } finally {
    writer.close();
  }
  post({ type: 'built' });
}
