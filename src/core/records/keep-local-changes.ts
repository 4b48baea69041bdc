// Runs in: Node. Following a hub from scratch drops the records of before — except those this console still has
// local changes or conflicts for, which are never thrown away (the hub decides them when they are sent). The
// condition every store's reset shares: the row's `id`, the kind bound as the named parameter @entity.
export const KEEP_LOCAL_CHANGES = `id NOT IN (SELECT record_id FROM outbox WHERE entity = @entity)
  AND id NOT IN (SELECT record_id FROM conflicts WHERE entity = @entity)`;
