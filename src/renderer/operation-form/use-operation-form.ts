// The plan form's state: react-hook-form with a small resolver over the contract's own schemas (operation-form.ts)
// — not @hookform/resolvers: the inputs hold strings that become epoch ms first, and the schema's message keys
// map straight onto the field messages. An edit is checked against the record as it is now.
import { useEffect, useMemo, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { Operation } from '../../shared/operations/types.ts';
import {
  checkNewOperation,
  checkOperationEdit,
  formProblem,
  OPERATION_FORM_FIELDS,
  type FieldProblems,
  type FormProblem,
  type OperationFormField,
  type OperationFormValues,
} from './operation-form.ts';

export interface OperationFormState {
  readonly form: UseFormReturn<OperationFormValues>;
  readonly problemOf: (field: OperationFormField) => FormProblem | null;
  /** How many fields have a problem now. */
  readonly problemCount: number;
  /** Marks fields with problems found after submitting (the core's answer, or a last check); focus goes to the first. */
  readonly showProblems: (problems: FieldProblems) => void;
}

const toResolverErrors = (problems: FieldProblems): FieldErrors<OperationFormValues> =>
  Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, { type: problem, message: problem }]));

/** `base`: the record edited (null: a new one). */
export function useOperationForm(base: Operation | null, initial: OperationFormValues): OperationFormState {
  // Read through a ref: the form keeps the resolver it started with, and the record may change meanwhile (status).
  const baseRef = useRef(base);
  useEffect(() => {
    baseRef.current = base;
  }, [base]);
  const resolver = useMemo<Resolver<OperationFormValues>>(
    () => (values) => {
      const current = baseRef.current;
      const checked = current === null ? checkNewOperation(values) : checkOperationEdit(values, current);
      return checked.ok ? { values, errors: {} } : { values: {}, errors: toResolverErrors(checked.problems) };
    },
    [],
  );
  const form = useForm<OperationFormValues>({ defaultValues: initial, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { errors } = form.formState;
  const problemOf = (field: OperationFormField): FormProblem | null => {
    const message = errors[field]?.message;
    return typeof message === 'string' ? formProblem(message) : null;
  };
  const showProblems = (problems: FieldProblems) => {
    for (const [field, problem] of Object.entries(problems) as [OperationFormField, FormProblem][]) {
      form.setError(field, { type: 'server', message: problem }, { shouldFocus: true });
    }
  };
  return { form, problemOf, problemCount: OPERATION_FORM_FIELDS.filter((field) => problemOf(field) !== null).length, showProblems };
}
