// The words of the closing forms and the court desk (i18n namespace 'records'). Field labels, codes and
// messages are looked up by keys built from schema paths and codes, so they are read through one untyped
// lookup here; the keys exist (the spec paths and code lists are fixed) and the dictionaries' parity test keeps
// both languages complete.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format.ts';
import type { FieldSpec, SpecProblem } from '../spec-form/spec-form.ts';

type Lookup = (key: string, options?: Record<string, unknown>) => string;

export interface RecordsText {
  readonly t: Lookup;
  readonly language: string;
  readonly label: (scope: string, path: string) => string;
  readonly code: (code: string) => string;
  readonly hint: (spec: FieldSpec) => string | null;
  readonly problem: (problem: SpecProblem, spec?: FieldSpec) => string;
  readonly number: (value: number) => string;
}

export function useRecordsText(): RecordsText {
  const { t: typed, i18n } = useTranslation('records');
  return useMemo(() => {
    const t = typed as unknown as Lookup;
    const language = i18n.language;
    const number = (value: number) => formatNumber(value, language);
    const range = (spec?: FieldSpec) =>
      spec?.range && { min: number(spec.range.min), max: number(spec.range.max), unit: spec.range.unit ?? '' };
    return {
      t,
      language,
      number,
      label: (scope, path) => t(`field.${scope}.${path.replace(/\./g, '_')}`),
      code: (code) => t(`code.${code}`),
      hint: (spec) => {
        if (spec.kind === 'datetime') return t('close.timeZoneHint');
        if (spec.kind === 'lines' || spec.kind === 'numberLines') return t('close.linesHint');
        const r = range(spec);
        if (r) return r.unit ? t('close.rangeHint', r) : t('close.rangeHintNoUnit', r);
        if (spec.kind === 'number') return t('close.commaHint');
        return null;
      },
      problem: (problem, spec) => {
        const r = range(spec);
        if (problem === 'out_of_range' && r) return t('problem.out_of_range_between', r).trim().replace(/ \.$/, '.');
        if (problem === 'too_long' && spec?.maxLength) return t('problem.too_long', { max: number(spec.maxLength) });
        if (problem === 'too_long') return t('problem.too_long_plain');
        return t(`problem.${problem}`);
      },
    };
  }, [typed, i18n.language]);
}
