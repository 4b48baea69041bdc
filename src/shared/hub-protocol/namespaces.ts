// The dispatch hub's Socket.IO protocol. Two namespaces on one server:
//
//   /field    patrol devices. Handshake auth {deviceToken} (a revoked device's is refused 'unauthorized'). Emits
//             'telemetry' (field.ts) with an optional ack; a report dated out of the hub's clock tolerance is refused
//             'clock_ahead' / 'clock_behind' (field-health.ts). Hub → device: 'dispatch' (field.ts) the unit's task,
//             place and status.
//   /console  people. First POST /api/login {username, password} → {token, expiresAt, user} (login.ts); then
//             connect with handshake auth {token}. Client → hub, each with an ack:
//               'snapshot'  {}                        → SnapshotAnswer  current seq + latest positions (changes.ts)
//               'changes'   {since, limit}            → ChangesAnswer   the change log after `since`, in order
//               'records'   {entity, after, limit}    → RecordsAnswer   current records by id, for a first sync (push.ts)
//               'mutate'    {clientId, mutations[]}   → PushAnswer      one result per mutation, in order (push.ts)
//               'tracks'    {unitIds, from, to}       → TracksAnswer    track history for replay, downsampled (tracks.ts)
//               'fieldHealth' {}                      → FieldHealth     device reports refused for their clock
//                                                                        (administrators only; field-health.ts)
//               'admin.*'   accounts, devices, the administration log (administrators only; admin.ts): ending an
//                           account's sessions disconnects its consoles, revoking a device closes its /field socket
//             Hub → client:
//               'changes'   Change[]      accepted changes to shared records, in seq order (one batch per ingest
//                                         flush or push)
//               'positions' UnitPosition[] latest position per unit, coalesced (at most one per unit a tick), with
//                                         an ack: the next batch waits for it (or for a 10 s timeout)
//
// Every payload is validated with these schemas on both sides; an ack answers {ok:false, error} on bad input (acks.ts).
export const LIVE_NAMESPACES = { field: '/field', console: '/console' } as const;
/** The largest event a device may send; consoles have their own limit for pushes (push.ts). */
export const MAX_PAYLOAD_BYTES = 16 * 1024;
