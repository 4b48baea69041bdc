// The incident panel's short forms, each one dialog: a note (for the desk, for the complainant or both), the
// priority with the reason for changing it, cancelling with its reason, referring to whoever takes it over. Their
// checks are incident-forms.ts (the kind's own fields); closing with an outcome is CloseIncidentDialog.
import { useId, useState } from 'react';
import { PRIORITIES } from '../../../../shared/dispatch/codes.ts';
import type { IncidentView } from '../../../../shared/api/dispatch.ts';
import type { Mutation } from '../../../../shared/records/mutations.ts';
import { FormField } from '../../../components/FormField.tsx';
import { DeskField } from './DeskField.tsx';
import { useDeskText, type DeskText } from './desk-text.ts';
import { IncidentDialog, type DialogDone } from './IncidentDialog.tsx';
import {
  cancelMutation,
  noteMutation,
  priorityMutation,
  referMutation,
  type FormChecked,
  type FormProblems,
  type PriorityValues,
} from './incident-forms.ts';

/** A form's values and problems: `prepare` checks them, marks what is wrong, and gives the change or null. */
function useDeskForm<V extends object, F extends string>(initial: V, check: (values: V, at: number) => FormChecked<F>) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FormProblems<F>>({});
  const set = (field: keyof V) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const prepare = (at: number): Mutation | null => {
    const result = check(values, at);
    setProblems(result.ok ? {} : result.problems);
    return result.ok ? result.mutation : null;
  };
  return { values, set, problems, prepare, problemCount: Object.keys(problems).length };
}

export interface IncidentFormProps extends DialogDone {
  readonly view: IncidentView;
}

export function PriorityDialog({ view, ...done }: IncidentFormProps) {
  const text = useDeskText();
  const id = useId();
  const { incident } = view;
  const initial: PriorityValues = {
    priority: incident.priorityOverride ? `${incident.priorityOverride.priority}` : 'computed',
    reason: '',
  };
  const form = useDeskForm(initial, (values, at) => priorityMutation(incident.id, at, values));
  const choices = ['computed', ...PRIORITIES.map((p) => `${p}` as const)] as const;
  const label = (choice: PriorityValues['priority']) =>
    choice === 'computed'
      ? text.t('form.priorityComputed', { priority: text.codes(`priority.${incident.computedPriority}`) })
      : text.codes(`priority.${choice}`);
  return (
    <IncidentDialog
      {...done}
      title={text.t('dialog.priority.title')}
      submitLabel={text.t('dialog.priority.submit')}
      doneMessage={text.t('write.priority')}
      testId="incident-priority-dialog"
      prepare={form.prepare}
      problemCount={form.problemCount}
    >
      <FormField id={`${id}-priority`} label={text.t('form.priority')} layout="group" wide>
        {choices.map((choice) => (
          <label key={choice} className="form-check">
            <input
              type="radio"
              name={`${id}-priority`}
              value={choice}
              checked={form.values.priority === choice}
              onChange={() => form.set('priority')(choice)}
            />{' '}
            {label(choice)}
          </label>
        ))}
      </FormField>
      {form.values.priority !== 'computed' && (
        <DeskField
          id={`${id}-reason`}
          label={text.t('form.priorityReason')}
          value={form.values.reason}
          onChange={form.set('reason')}
          problem={form.problems.reason}
          multiline
        />
      )}
    </IncidentDialog>
  );
}

/** What sets one of the one-text dialogs apart: its text's field, words, test id and change. */
interface TextStepSpec<K extends string> {
  readonly field: K;
  readonly testId: string;
  readonly multiline: boolean;
  readonly mutation: (id: string, at: number, values: Record<K | 'statusNote', string>) => FormChecked<K | 'statusNote'>;
  readonly words: (text: DeskText) => {
    readonly title: string;
    readonly explain?: string;
    readonly submit: string;
    readonly done: string;
    readonly label: string;
    readonly hint?: string;
  };
}

/** A dialog of one text (the note, the reason, whoever takes it over) and the note for the complainant. */
function TextStepDialog<K extends string>({ spec, view, ...done }: IncidentFormProps & { readonly spec: TextStepSpec<K> }) {
  const text = useDeskText();
  const id = useId();
  const initial = { [spec.field]: '', statusNote: '' } as Record<K | 'statusNote', string>;
  const form = useDeskForm(initial, (values, at) => spec.mutation(view.incident.id, at, values));
  const words = spec.words(text);
  return (
    <IncidentDialog
      {...done}
      title={words.title}
      explain={words.explain}
      submitLabel={words.submit}
      doneMessage={words.done}
      testId={spec.testId}
      prepare={form.prepare}
      problemCount={form.problemCount}
    >
      <DeskField
        id={`${id}-${spec.field}`}
        label={words.label}
        hint={words.hint}
        value={form.values[spec.field]}
        onChange={form.set(spec.field)}
        problem={form.problems[spec.field]}
        multiline={spec.multiline}
      />
      <StatusNoteField
        id={`${id}-status`}
        value={form.values.statusNote}
        onChange={form.set('statusNote')}
        problem={form.problems.statusNote}
      />
    </IncidentDialog>
  );
}

const NOTE: TextStepSpec<'note'> = {
  field: 'note',
  testId: 'incident-note-dialog',
  multiline: true,
  mutation: noteMutation,
  words: (text) => ({
    title: text.t('dialog.note.title'),
    submit: text.t('dialog.note.submit'),
    done: text.t('write.note'),
    label: text.t('form.note'),
  }),
};

const CANCEL: TextStepSpec<'reason'> = {
  field: 'reason',
  testId: 'incident-cancel-dialog',
  multiline: true,
  mutation: cancelMutation,
  words: (text) => ({
    title: text.t('dialog.cancel.title'),
    explain: text.t('dialog.cancel.explain'),
    submit: text.t('dialog.cancel.submit'),
    done: text.t('write.cancelled'),
    label: text.t('form.cancelReason'),
  }),
};

const REFER: TextStepSpec<'to'> = {
  field: 'to',
  testId: 'incident-refer-dialog',
  multiline: false,
  mutation: referMutation,
  words: (text) => ({
    title: text.t('dialog.refer.title'),
    explain: text.t('dialog.refer.explain'),
    submit: text.t('dialog.refer.submit'),
    done: text.t('write.referred'),
    label: text.t('form.referTo'),
    hint: text.t('form.referToHint'),
  }),
};

export function NoteDialog(props: IncidentFormProps) {
  return <TextStepDialog {...props} spec={NOTE} />;
}

export function CancelDialog(props: IncidentFormProps) {
  return <TextStepDialog {...props} spec={CANCEL} />;
}

export function ReferDialog(props: IncidentFormProps) {
  return <TextStepDialog {...props} spec={REFER} />;
}

/** The note for the complainant (Open311's status_notes), kept with the step. */
export function StatusNoteField(props: Pick<Parameters<typeof DeskField>[0], 'id' | 'value' | 'onChange' | 'problem'>) {
  const text = useDeskText();
  return <DeskField {...props} label={text.t('form.statusNote')} hint={text.t('form.statusNoteHint')} multiline />;
}
