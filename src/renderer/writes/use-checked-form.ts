// A write form's state: its values as typed, the problems its check found (each cleared as its field is edited), and
// `prepare` — the check run on submit, giving the change to send or null (the problems are then shown). The rules
// are the form's own pure module (e.g. calibrate-form.ts), tested without React. The change is a mutation for the
// write path, or R: the request of a call the form makes itself (an administration request to the hub).
import { useState } from 'react';
import type { Mutation } from '../../shared/records/mutations.ts';

export type Checked<F extends string, P extends string, R = Mutation> =
  { readonly ok: true; readonly mutation: R } | { readonly ok: false; readonly problems: Partial<Record<F, P>> };

export interface CheckedForm<V, F extends string, P extends string, R = Mutation> {
  readonly values: V;
  readonly problems: Partial<Record<F, P>>;
  set(field: keyof V & string): (value: string) => void;
  prepare(): R | null;
}

export function useCheckedForm<V extends object, F extends string, P extends string, R = Mutation>(
  initial: V | (() => V),
  check: (values: V) => Checked<F, P, R>,
): CheckedForm<V, F, P, R> {
  const [values, setValues] = useState<V>(initial);
  const [problems, setProblems] = useState<Partial<Record<F, P>>>({});
  return {
    values,
    problems,
    set: (field) => (value) => {
      setValues((v) => ({ ...v, [field]: value }));
      setProblems((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)) as Partial<Record<F, P>>);
    },
    prepare: () => {
      const checked = check(values);
      setProblems(checked.ok ? {} : checked.problems);
      return checked.ok ? checked.mutation : null;
    },
  };
}
