import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/api/prefs.ts';
import { fixedT } from '../i18n/test-support/fixed-t.ts';
import { dialogLabels } from './dialog-labels.ts';

// Every namespace and group a dialog takes its labels from, in every language: each of the four words is there.
const USERS = [
  ['admin', 'dialog'],
  ['instruments', 'dialog'],
  ['people', 'dialog'],
  ['notices', 'dialog'],
  ['courtDesk', 'actions'],
] as const;

describe('dialogLabels', () => {
  it.each(LANGUAGES.flatMap((language) => USERS.map(([ns, group]) => [language, ns, group] as const)))(
    '%s %s: %s.close, .saving, .cancel and .problems exist',
    async (language, ns, group) => {
      const t = await fixedT(language, ns);
      const labels = dialogLabels(t, group, 'Enviar');
      const words = [labels.close, labels.saving, labels.cancel, labels.problems(2)];
      for (const word of words) expect(word).not.toMatch(new RegExp(`^${group}\\.`));
      expect(labels.submit).toBe('Enviar');
      expect(labels.problems(2)).toMatch(/2/);
    },
  );
});
