/** Units of the fleet the live measurements drive (all but max-units): 500 demo units, one device each. */
export const FLEET_UNITS = 500;
/** How often the fleet reports in the e2e latency and core memory measurements (ingest drives it faster). */
export const FLEET_HZ = 4;
