// A planning workspace file the court fixture reaches for; exists only so that the fixtures typecheck.
export const x = 1;
