// A text field of the incident panel's forms: a labelled input or textarea (FormField does the wiring) with its
// problem in words ("Falta completar.", "Es demasiado largo (hasta 500 caracteres).").
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField.tsx';
import type { FormProblem } from './incident-forms.ts';

interface DeskFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problem?: FormProblem | undefined;
  readonly multiline?: boolean;
}

export function DeskField({ id, label, hint, value, onChange, problem, multiline = false }: DeskFieldProps) {
  const { t } = useTranslation('incidentDesk');
  const problemText = problem ? t(`form.problem.${problem.code}`, { max: problem.max }) : null;
  return (
    <FormField id={id} label={label} hint={hint} problem={problemText} wide>
      {(control) =>
        multiline ? (
          <textarea {...control} className="form-control" rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
        ) : (
          <input {...control} className="form-control" type="text" value={value} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </FormField>
  );
}
