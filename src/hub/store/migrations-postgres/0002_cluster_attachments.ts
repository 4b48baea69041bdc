// Issue 17, several hub processes on one database: the Socket.IO PostgreSQL adapter (live/cluster-adapter.ts) sends
// what it shares between hubs with NOTIFY, and a payload over NOTIFY's 8 kB through this table (its documented
// shape; the adapter deletes old rows itself).
export default {
  version: 2,
  name: 'cluster_attachments',
  up: `
    CREATE TABLE socket_io_attachments (
      id         BIGSERIAL UNIQUE,
      created_at TIMESTAMPTZ DEFAULT NOW(),
      payload    BYTEA
    );
  `,
};
