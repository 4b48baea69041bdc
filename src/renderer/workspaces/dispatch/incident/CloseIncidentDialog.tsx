// "Cerrar con resultado": the outcome (resuelto en el lugar · advertencia · emplazamiento · acta labrada · derivado a
// mediación / a otro organismo · sin novedad), an internal note and a note for the complainant. A warning asks who
// was warned, an acta or a notice its record, on the operations' own finding form (incident-finding.ts), with the
// promoters the console knows and the identity's antecedentes; the hub turns an acta into a case for the court desk
// and a notice into a follow-up, as an operation's. Nothing is sent while a field is wrong.
import { useId, useMemo, useState } from 'react';
import { INCIDENT_OUTCOMES, type IncidentOutcome } from '../../../../shared/dispatch/codes.ts';
import type { PersonRecord } from '../../../../shared/records/person.ts';
import { FormField } from '../../../components/FormField.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { Antecedentes } from '../../../operation-form/closing/Antecedentes.tsx';
import '../../../operation-form/closing/closing.css';
import { withOutcome } from '../../../operation-form/closing/finding-identity.ts';
import { valueAt, type RowValues, type SpecProblem } from '../../../spec-form/spec-form.ts';
import { SpecFields, type SelectOption } from '../../../spec-form/SpecFields.tsx';
import { DeskField } from './DeskField.tsx';
import { useDeskText } from './desk-text.ts';
import { IncidentDialog } from './IncidentDialog.tsx';
import { StatusNoteField, type IncidentFormProps } from './IncidentForms.tsx';
import { checkIncidentFinding, INCIDENT_FINDING_FIELDS, newIncidentFinding, type FindingOutcomeOfClose } from './incident-finding.ts';
import { closeMutation, type FormProblems } from './incident-forms.ts';

const withFinding = (outcome: IncidentOutcome): outcome is FindingOutcomeOfClose =>
  outcome === 'warning' || outcome === 'acta' || outcome === 'notice';

/** The people the console knows, as the promoter's options ("Ana Díaz (P-0042)"). */
function usePromoters(): readonly SelectOption[] {
  const { value } = useLiveQuery('records.list', { entity: 'person' });
  return useMemo(
    () =>
      ((value?.records ?? []) as PersonRecord[])
        .map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [value],
  );
}

export function CloseIncidentDialog({ view, ...done }: IncidentFormProps) {
  const text = useDeskText();
  const id = useId().replace(/:/g, '');
  const { incident } = view;
  const promoters = usePromoters();
  const [outcome, setOutcome] = useState<IncidentOutcome>('resolved_on_site');
  const [notes, setNotes] = useState({ note: '', statusNote: '' });
  const [findingId] = useState(() => crypto.randomUUID());
  const [finding, setFinding] = useState<Record<string, string | readonly RowValues[]> | null>(null);
  const [problems, setProblems] = useState<FormProblems<'note' | 'statusNote'>>({});
  const [attempted, setAttempted] = useState(false);

  const findingCheck = useMemo(
    () => (finding && withFinding(outcome) ? checkIncidentFinding(incident.place, finding) : null),
    [finding, outcome, incident.place],
  );
  // What is wrong in what was typed, at once; about a field still empty, only once the person tried to close.
  const showProblem = (problem: SpecProblem) => attempted || problem !== 'required';
  const findingProblems = Object.fromEntries(
    Object.entries(findingCheck?.problems ?? {}).filter(
      ([field]) => attempted || valueAt(INCIDENT_FINDING_FIELDS, finding ?? {}, field).trim() !== '',
    ),
  );
  const problemCount = Object.keys(problems).length + Object.values(findingProblems).filter(showProblem).length;

  const choose = (next: IncidentOutcome) => {
    setOutcome(next);
    // What was typed so far is kept across advertencia ⇄ acta ⇄ emplazamiento; it starts from the incident the first time.
    if (withFinding(next))
      setFinding((f) => withOutcome(f ?? newIncidentFinding(next, incident, promoters[0]?.value ?? '', Date.now()), next));
  };

  const prepare = (at: number) => {
    setAttempted(true);
    const numbered = findingCheck?.ok ? { id: findingId, finding: findingCheck.value } : null;
    const result = closeMutation(incident.id, at, { outcome, ...notes }, numbered);
    setProblems(result.ok ? {} : result.problems);
    if (findingCheck !== null && !findingCheck.ok) return null;
    return result.ok ? result.mutation : null;
  };

  return (
    <IncidentDialog
      {...done}
      title={text.t('dialog.close.title')}
      explain={text.t('dialog.close.explain')}
      submitLabel={text.t('dialog.close.submit')}
      doneMessage={text.t('write.closed')}
      testId="incident-close-dialog"
      prepare={prepare}
      problemCount={problemCount}
    >
      <FormField id={`${id}-outcome`} label={text.t('form.outcome')} layout="group" wide>
        {INCIDENT_OUTCOMES.map((code) => (
          <label key={code} className="form-check">
            <input type="radio" name={`${id}-outcome`} value={code} checked={outcome === code} onChange={() => choose(code)} />{' '}
            {text.codes(`outcome.${code}`)}
          </label>
        ))}
      </FormField>
      {finding && withFinding(outcome) && (
        <fieldset className="incident-dialog__finding" data-testid="incident-finding">
          <legend className="form-field__label">{text.t('form.finding', { outcome: text.codes(`outcome.${outcome}`) })}</legend>
          {promoters.length === 0 && outcome !== 'warning' && <Notice tone="warning">{text.t('form.noPeople')}</Notice>}
          <div className="operation-form__fields">
            <SpecFields
              scope="finding"
              specs={INCIDENT_FINDING_FIELDS}
              values={finding}
              onChange={(path, value) => setFinding((f) => f && { ...f, [path]: value })}
              problems={findingProblems}
              showProblem={showProblem}
              idPrefix={`${id}-finding`}
              optionsFor={(path) => (path === 'record.promoterId' ? promoters : [])}
            />
          </div>
          <Antecedentes values={finding} />
        </fieldset>
      )}
      <DeskField
        id={`${id}-note`}
        label={text.t('form.closeNote')}
        value={notes.note}
        onChange={(note) => setNotes((n) => ({ ...n, note }))}
        problem={problems.note}
        multiline
      />
      <StatusNoteField
        id={`${id}-status`}
        value={notes.statusNote}
        onChange={(statusNote) => setNotes((n) => ({ ...n, statusNote }))}
        problem={problems.statusNote}
      />
    </IncidentDialog>
  );
}
