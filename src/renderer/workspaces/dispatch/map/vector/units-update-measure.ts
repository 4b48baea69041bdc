// The User Timing entry VectorMap writes for each units snapshot it applies (its main-thread cost), which
// bench/map-frame.ts reads. Its own file, so the benchmark needs none of the map's imports.
export const UNITS_UPDATE_MEASURE = 'map.units.update';
