// A write dialog's button and summary words, from one group of a namespace that holds the usual four
// ('dialog.close', 'dialog.saving', 'dialog.cancel', 'dialog.problems'): one place for a shape every dialog repeats.
import type { WriteDialogLabels } from './WriteDialog.tsx';

type Translate = (key: string, options?: { readonly count: number }) => string;

/**
 * `t`: a namespace's own translate function. i18next types each namespace's keys, so no one signature accepts
 * them all; dialog-labels.test.ts checks that every namespace using it has its group's four words.
 */
export function dialogLabels(t: (...args: never) => unknown, group: string, submit: string): WriteDialogLabels {
  const translate = t as unknown as Translate;
  return {
    close: translate(`${group}.close`),
    submit,
    saving: translate(`${group}.saving`),
    cancel: translate(`${group}.cancel`),
    problems: (count) => translate(`${group}.problems`, { count }),
  };
}
