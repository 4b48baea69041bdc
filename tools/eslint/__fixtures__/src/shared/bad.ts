// Deliberately breaks the layer rules (see tools/eslint/fixtures.test.ts): shared code may not touch Node or the DOM.
import fs from 'node:fs';

export const exists = (file: string): boolean => fs.existsSync(file);
export const savedLanguage = (): string | null => localStorage.getItem('lang');
