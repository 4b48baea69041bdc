// The hearing record's first sections, in the order of the acta de audiencia: who attended (the case's parties,
// and witnesses, counsel or an interpreter added on the spot), the identity check, the interpreter, the statement
// and the evidence. Each section edits its part of the draft and shows the problems checkRecord found there.
import { useTranslation } from 'react-i18next';
import { ATTENDANCES, EVIDENCE_ITEM_KINDS, IDENTITY_DOCUMENTS, PARTY_ROLES } from '../../../../shared/court/documents/hearing-record.ts';
import { newEvidence, newParty, STATEMENT_MODES, withAttendance, type PartyDraft, type RecordDraft } from './record-form.ts';
import { CheckField, GroupProblem, removeAt, replaceAt, SelectField, TextField, type ProblemOf } from './RecordFields.tsx';

export interface SectionProps {
  readonly prefix: string;
  readonly draft: RecordDraft;
  readonly onChange: (draft: RecordDraft) => void;
  readonly problemOf: ProblemOf;
}

const ADD_PARTY = [
  ['witness', 'addWitness'],
  ['defence_counsel', 'addCounsel'],
  ['interpreter', 'addInterpreter'],
  ['other', 'addOther'],
] as const;

export function PartiesSection({ prefix, draft, onChange, problemOf }: SectionProps) {
  const { t } = useTranslation('hearings');
  const setParty = (i: number, party: PartyDraft) => onChange({ ...draft, parties: replaceAt(draft.parties, i, party) });
  return (
    <fieldset className="hearing-record__section" data-testid="record-parties">
      <legend>{t('record.section.parties')}</legend>
      <GroupProblem problem={problemOf('parties')} />
      {draft.parties.map((party, i) => {
        const path = `parties.${i}`;
        const field = { prefix, problemOf };
        return (
          <fieldset key={i} className="hearing-record__row" data-testid="record-party">
            <legend className="visually-hidden">{t('record.party.row', { n: i + 1 })}</legend>
            <SelectField
              {...field}
              path={`${path}.role`}
              label={t('record.party.role')}
              value={party.role}
              options={PARTY_ROLES}
              optionLabel={(role) => t(`record.party.roles.${role}`)}
              onChange={(role) => setParty(i, { ...party, role })}
            />
            <TextField
              {...field}
              path={`${path}.fullName`}
              label={t('record.party.name')}
              maxLength={120}
              value={party.fullName}
              onChange={(fullName) => setParty(i, { ...party, fullName })}
            />
            <TextField
              {...field}
              path={`${path}.dni`}
              label={t('record.party.dni')}
              inputMode="numeric"
              maxLength={12}
              value={party.dni}
              onChange={(dni) => setParty(i, { ...party, dni })}
            />
            <SelectField
              {...field}
              path={`${path}.attendance`}
              label={t('record.party.attendance')}
              value={party.attendance}
              options={ATTENDANCES}
              optionLabel={(a) => t(`record.party.attendances.${a}`)}
              onChange={(attendance) => onChange(withAttendance(draft, i, attendance))}
              testId="record-party-attendance"
            />
            <TextField
              {...field}
              path={`${path}.note`}
              label={t('record.party.note')}
              maxLength={200}
              value={party.note}
              onChange={(note) => setParty(i, { ...party, note })}
            />
            <button
              type="button"
              className="button hearing-record__remove"
              aria-label={t('record.party.removeLabel', { n: i + 1 })}
              onClick={() => onChange({ ...draft, parties: removeAt(draft.parties, i) })}
            >
              {t('record.party.remove')}
            </button>
          </fieldset>
        );
      })}
      <div className="hearing-record__adds">
        {ADD_PARTY.map(([role, label]) => (
          <button
            key={role}
            type="button"
            className="button"
            onClick={() => onChange({ ...draft, parties: [...draft.parties, newParty(role)] })}
          >
            {t(`record.party.${label}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function IdentitySection({ prefix, draft, onChange, problemOf }: SectionProps) {
  const { t } = useTranslation('hearings');
  const identity = draft.identity;
  const set = (changes: Partial<RecordDraft['identity']>) => onChange({ ...draft, identity: { ...identity, ...changes } });
  const field = { prefix, problemOf };
  return (
    <fieldset className="hearing-record__section hearing-record__grid">
      <legend>{t('record.section.identity')}</legend>
      <CheckField
        prefix={prefix}
        path="identity.checked"
        label={t('record.identity.checked')}
        checked={identity.checked}
        onChange={(checked) => set({ checked })}
      />
      {identity.checked ? (
        <>
          <TextField
            {...field}
            path="identity.fullName"
            label={t('record.identity.name')}
            maxLength={120}
            value={identity.fullName}
            onChange={(fullName) => set({ fullName })}
          />
          <SelectField
            {...field}
            path="identity.document"
            label={t('record.identity.document')}
            value={identity.document}
            options={IDENTITY_DOCUMENTS}
            optionLabel={(d) => t(`record.identity.documents.${d}`)}
            onChange={(document) => set({ document })}
          />
          <TextField
            {...field}
            path="identity.number"
            label={t('record.identity.number')}
            maxLength={30}
            value={identity.number}
            onChange={(number) => set({ number })}
          />
        </>
      ) : (
        <TextField
          {...field}
          path="identity.reason"
          label={t('record.identity.reason')}
          maxLength={300}
          wide
          value={identity.reason}
          onChange={(reason) => set({ reason })}
        />
      )}
    </fieldset>
  );
}

export function InterpreterSection({ prefix, draft, onChange, problemOf }: SectionProps) {
  const { t } = useTranslation('hearings');
  const interpreter = draft.interpreter;
  const set = (changes: Partial<RecordDraft['interpreter']>) => onChange({ ...draft, interpreter: { ...interpreter, ...changes } });
  const field = { prefix, problemOf };
  return (
    <fieldset className="hearing-record__section hearing-record__grid">
      <legend>{t('record.section.interpreter')}</legend>
      <CheckField
        prefix={prefix}
        path="interpreter.needed"
        label={t('record.interpreter.needed')}
        checked={interpreter.needed}
        onChange={(needed) => set({ needed })}
      />
      {interpreter.needed && (
        <>
          <TextField
            {...field}
            path="interpreter.fullName"
            label={t('record.interpreter.name')}
            maxLength={120}
            value={interpreter.fullName}
            onChange={(fullName) => set({ fullName })}
          />
          <TextField
            {...field}
            path="interpreter.language"
            label={t('record.interpreter.language')}
            maxLength={60}
            value={interpreter.language}
            onChange={(language) => set({ language })}
          />
          <TextField
            {...field}
            path="interpreter.dni"
            label={t('record.interpreter.dni')}
            inputMode="numeric"
            maxLength={12}
            value={interpreter.dni}
            onChange={(dni) => set({ dni })}
          />
        </>
      )}
    </fieldset>
  );
}

export function StatementSection({ prefix, draft, onChange, problemOf }: SectionProps) {
  const { t } = useTranslation('hearings');
  const statement = draft.statement;
  const set = (changes: Partial<RecordDraft['statement']>) => onChange({ ...draft, statement: { ...statement, ...changes } });
  const field = { prefix, problemOf };
  return (
    <fieldset className="hearing-record__section hearing-record__grid">
      <legend>{t('record.section.statement')}</legend>
      <SelectField
        {...field}
        path="statement.mode"
        label={t('record.statement.mode')}
        value={statement.mode}
        options={STATEMENT_MODES}
        optionLabel={(mode) => t(`record.statement.modes.${mode}`)}
        onChange={(mode) => set({ mode })}
      />
      <TextField
        {...field}
        path="statement.by"
        label={t('record.statement.by')}
        maxLength={120}
        value={statement.by}
        onChange={(by) => set({ by })}
      />
      {statement.mode === 'given' && (
        <TextField
          {...field}
          path="statement.text"
          label={t('record.statement.text')}
          multiline={8}
          maxLength={100_000}
          wide
          value={statement.text}
          onChange={(text) => set({ text })}
        />
      )}
    </fieldset>
  );
}

export function EvidenceSection({ prefix, draft, onChange, problemOf }: SectionProps) {
  const { t } = useTranslation('hearings');
  const field = { prefix, problemOf };
  const setItem = (i: number, item: RecordDraft['evidence'][number]) =>
    onChange({ ...draft, evidence: replaceAt(draft.evidence, i, item) });
  return (
    <fieldset className="hearing-record__section" data-testid="record-evidence">
      <legend>{t('record.section.evidence')}</legend>
      <GroupProblem problem={problemOf('evidence')} />
      {draft.evidence.length === 0 && <p>{t('record.evidence.none')}</p>}
      {draft.evidence.map((item, i) => (
        <fieldset key={i} className="hearing-record__row">
          <legend className="visually-hidden">{t('record.evidence.row', { n: i + 1 })}</legend>
          <SelectField
            {...field}
            path={`evidence.${i}.kind`}
            label={t('record.evidence.kind')}
            value={item.kind}
            options={EVIDENCE_ITEM_KINDS}
            optionLabel={(kind) => t(`record.evidence.kinds.${kind}`)}
            onChange={(kind) => setItem(i, { ...item, kind })}
          />
          <TextField
            {...field}
            path={`evidence.${i}.description`}
            label={t('record.evidence.description')}
            maxLength={300}
            value={item.description}
            onChange={(description) => setItem(i, { ...item, description })}
          />
          <TextField
            {...field}
            path={`evidence.${i}.ref`}
            label={t('record.evidence.ref')}
            maxLength={200}
            value={item.ref}
            onChange={(ref) => setItem(i, { ...item, ref })}
          />
          <button
            type="button"
            className="button hearing-record__remove"
            aria-label={t('record.evidence.removeLabel', { n: i + 1 })}
            onClick={() => onChange({ ...draft, evidence: removeAt(draft.evidence, i) })}
          >
            {t('record.evidence.remove')}
          </button>
        </fieldset>
      ))}
      <div className="hearing-record__adds">
        <button type="button" className="button" onClick={() => onChange({ ...draft, evidence: [...draft.evidence, newEvidence()] })}>
          {t('record.evidence.add')}
        </button>
      </div>
    </fieldset>
  );
}
