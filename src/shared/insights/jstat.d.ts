// Types for the few jstat 1.9.6 functions the insights tests check their numbers against (jstat ships none). A
// dev dependency for *.test.ts files only: shared code must not import it (it runs in the page, with zod alone).
declare module 'jstat' {
  interface JStat {
    normal: { inv(p: number, mean: number, sd: number): number };
    chisquare: { cdf(x: number, dof: number): number };
    /** value ± z·sd/√n at significance alpha, as [lower, upper]. */
    normalci(value: number, alpha: number, sd: number, n: number): [number, number];
  }
  const jStat: JStat;
  export default jStat;
}
