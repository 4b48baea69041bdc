// Issue 13, Despacho. A unit no longer carries a free-text assignment: it works on a task — an incident or a planned
// operation, a link (kind and id, two columns: Despacho joins a unit's operation by id) — and keeps when and by whom
// (its crew's device or a dispatcher) its status was last reported, and whether someone acknowledged that it stopped
// reporting (JSON, read only for the alerts). Units cached before know none of that: no task, never reported, as
// the hub's migration 9 makes its own copies. The free text goes, and with it `unit.assign` (the only unit change
// there was): a pending one could never be read by a hub that no longer has it. It cannot simply leave the outbox —
// the hub takes client seqs without gaps — so it stays in its place, withdrawn (the hub records it and applies
// nothing) as a change that still exists, and its unit goes back to the hub's version; a refused one leaves the
// conflict inbox.
//
// Incidents live in the generic records table; the desk reads the open ones and those closed in the last hours out
// of every incident ever kept, through a partial index on when they closed (null while open; INDEXED BY in
// core/dispatch/dispatch-repository.ts, as for hearings). The index also holds each incident's `units` (a short JSON
// array), so which units open incidents work with is read from the index alone, without parsing the incidents.
export default {
  version: 10,
  name: 'unit_tasks_and_incidents',
  up: `
    UPDATE units SET version = (SELECT json_extract(c.data, '$.version') FROM confirmed AS c WHERE c.entity = 'unit' AND c.record_id = units.id)
      WHERE id IN (SELECT record_id FROM confirmed WHERE entity = 'unit' AND data IS NOT NULL);
    UPDATE outbox SET withdrawn = 1,
        mutation = json_object('kind', 'unit.acknowledgeSilence', 'id', record_id, 'lastSeenAt', 0, 'at', made_at)
      WHERE entity = 'unit';
    DELETE FROM confirmed WHERE entity = 'unit';
    DELETE FROM conflicts WHERE entity = 'unit';
    ALTER TABLE units DROP COLUMN assignment;
    ALTER TABLE units ADD COLUMN status_at INTEGER;
    ALTER TABLE units ADD COLUMN status_source TEXT;
    ALTER TABLE units ADD COLUMN task_kind TEXT;
    ALTER TABLE units ADD COLUMN task_id TEXT CHECK ((task_id IS NULL) = (task_kind IS NULL));
    ALTER TABLE units ADD COLUMN silence_ack TEXT CHECK (silence_ack IS NULL OR json_valid(silence_ack));
    CREATE INDEX records_incident_closed_at ON records (json_extract(data, '$.closedAt'), json_extract(data, '$.units'))
      WHERE entity = 'incident';
  `,
};
