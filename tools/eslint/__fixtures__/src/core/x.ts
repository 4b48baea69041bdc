// Import target of the renderer fixture; exists only so that the fixtures typecheck.
export const x = 1;
