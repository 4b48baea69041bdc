// Issue 17: pruning the tracks (positions-repository.ts pruneTracks, every 10 s on each hub process) deletes by
// device time across every unit. SQLite walks the (unit, device time) key unit by unit; PostgreSQL's planner, given
// only that key, scans the whole table — millions of rows at 1 Hz per unit — while the hub waits. An index on the
// time alone gives it the range.
export default {
  version: 3,
  name: 'tracks_by_time',
  up: `CREATE INDEX unit_tracks_time ON unit_tracks (device_time);`,
};
