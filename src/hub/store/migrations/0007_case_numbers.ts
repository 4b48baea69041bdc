// Case numbers in the court's format (TF-<year>-<sequence>), one counter per year, advanced in the transaction that
// opens the case: unique and without gaps, in the order the hub opens cases (src/shared/court/case-number.ts).
export default {
  version: 7,
  name: 'case_numbers',
  up: `
    CREATE TABLE case_numbers (
      year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
      last INTEGER NOT NULL CHECK (last >= 1)
    );
  `,
};
