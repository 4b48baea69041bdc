// Runs in: Node. The cache_meta key of the role the cache's records were synced as. The change log since the cursor
// carries only what that role may read: another role on the same hub (an administrator after a coordinator, or the
// reverse) starts from scratch, so it neither misses records it may read nor keeps records it may not.
export const SYNCED_ROLE = 'synced_role';
