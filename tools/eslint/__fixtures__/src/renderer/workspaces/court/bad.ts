// Deliberately breaks the workspace boundaries (see tools/eslint/fixtures.test.ts): one workspace may not import
// another's files; what both use belongs in a shared renderer folder.
import { x } from '../planning/x.ts';

export const borrowed = x;
