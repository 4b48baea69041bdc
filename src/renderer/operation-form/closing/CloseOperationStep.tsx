// "Cerrar con resultados": the result form of the operation's type with its verdict worked out as values are
// typed (the type's rule, with the settings in force at the time of the reading), and the findings — a warning, a
// notice or an acta says who it is against, with that identity's antecedentes; an acta or a notice asks for the
// record the court needs; an acta is suggested for each positive alcohol test. Nothing is sent while a field is
// wrong; what the core still refuses comes back onto the same fields.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operation } from '../../../shared/operations/types.ts';
import type { PersonRecord } from '../../../shared/records/person.ts';
import type { ResourceRecord } from '../../../shared/records/resource.ts';
import type { AlcoholResult, AlcoholVerdict } from '../../../shared/rules/alcohol.ts';
import { cordobaIsoDate } from '../../../shared/time/cordoba.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ApiErrorNotice } from '../../components/ApiErrorNotice.tsx';
import { Notice } from '../../components/Notice.tsx';
import { describeApiError } from '../../errors/describe-api-error.ts';
import { refusalReason, refusalText } from '../../writes/refusal-text.ts';
import {
  checkFinding,
  checkResult,
  closeIssuesToProblems,
  glText,
  initialResultValues,
  newAlcoholRow,
  newFinding,
  reservedInstrument,
  suggestActaForTest,
  type FindingDraft,
} from './closing-form.ts';
import {
  alcoholRowVerdict,
  FINDING_FIELDS,
  RESULT_SPECS,
  resultVerdict,
  type SettingEntries,
  type VerdictFact,
  type VerdictView,
} from './result-specs.ts';
import {
  buildCandidate,
  valueAt,
  type RowValues,
  type SpecProblem,
  type SpecProblems,
  type SpecValues,
} from '../../spec-form/spec-form.ts';
import { RowsField, SpecFields, type SelectOption } from '../../spec-form/SpecFields.tsx';
import { useRecordsText, type RecordsText } from '../../records-text/use-records-text.ts';
import { Antecedentes } from './Antecedentes.tsx';
import { withOutcome } from './finding-identity.ts';
import './closing.css';

interface CloseOperationStepProps {
  readonly operation: Operation;
  readonly onBack: () => void;
  readonly onClosed: (operation: Operation) => void;
}

interface Roster {
  readonly people: readonly PersonRecord[];
  readonly resources: readonly ResourceRecord[];
  /** The dated settings the verdicts are worked out with (empty: DOMAIN.md's defaults). */
  readonly settings: SettingEntries;
}

/** Loads the roster of the operation's week (names of the reserved people, the reserved instruments) and the settings. */
export function CloseOperationStep(props: CloseOperationStepProps) {
  const api = useApi();
  const text = useRecordsText();
  const [roster, setRoster] = useState<Roster | null>(null);
  useEffect(() => {
    let current = true;
    // Without the roster the form still works (no prefilled instrument, promoters by id); without the hub's
    // settings the verdicts use DOMAIN.md's defaults, as the console does until its first sync.
    const week = api
      .call('roster.week', { date: cordobaIsoDate(props.operation.plannedStart) })
      .catch(() => ({ people: [], resources: [] }));
    const settings = api.call('settings.list', {}).then(
      ({ entries }) => entries.map((record) => record.entry),
      () => [],
    );
    void Promise.all([week, settings]).then(([w, s]) => current && setRoster({ people: w.people, resources: w.resources, settings: s }));
    return () => {
      current = false;
    };
  }, [api, props.operation.plannedStart]);
  if (roster === null) return <p role="status">{text.t('close.loading')}</p>;
  return <CloseForm {...props} roster={roster} />;
}

type Notice = { readonly kind: 'refused'; readonly reason: string } | { readonly kind: 'error'; readonly error: unknown } | null;

function CloseForm({ operation, onBack, onClosed, roster }: CloseOperationStepProps & { readonly roster: Roster }) {
  const { t: tUi } = useTranslation();
  const { t: tErrors } = useTranslation('errors');
  const text = useRecordsText();
  const api = useApi();
  const idPrefix = useId().replace(/:/g, '');
  const formRef = useRef<HTMLFormElement>(null);

  const instruments = useMemo(
    () => ({
      breathalyser: reservedInstrument(operation, roster.resources, 'breathalyser'),
      soundMeter: reservedInstrument(operation, roster.resources, 'sound_meter'),
    }),
    [operation, roster.resources],
  );
  const promoters = useMemo<SelectOption[]>(() => {
    const names = new Map(roster.people.map((p) => [p.id, p.name]));
    return (operation.details?.assigned?.people ?? []).map((id) => ({ value: id, label: names.has(id) ? `${names.get(id)} (${id})` : id }));
  }, [operation, roster.people]);
  const defaultPromoter = promoters[0]?.value ?? '';

  const [values, setValues] = useState<Record<string, string | readonly RowValues[]>>(() => initialResultValues(operation, instruments));
  const [findings, setFindings] = useState<FindingDraft[]>([]);
  const [attempted, setAttempted] = useState(0);
  const [serverResult, setServerResult] = useState<Record<string, SpecProblem>>({});
  const [serverFindings, setServerFindings] = useState<Record<string, Record<string, SpecProblem>>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // A control to focus once the next render is on screen (the first field of a finding just added).
  const focusNext = useRef<string | null>(null);

  const resultCheck = useMemo(() => checkResult(operation, values), [operation, values]);
  const findingChecks = useMemo(() => findings.map((f) => checkFinding(operation, f.values)), [operation, findings]);
  const resultProblems: SpecProblems = { ...serverResult, ...resultCheck.problems };
  // A finding's fields still empty (a new warning's identity) are marked only once the person tried to close.
  const findingProblems = (index: number): SpecProblems => {
    const { id, values: typed } = findings[index]!;
    const own = Object.entries(findingChecks[index]!.problems).filter(
      ([field]) => attempted > 0 || valueAt(FINDING_FIELDS, typed, field).trim() !== '',
    );
    return { ...serverFindings[id], ...Object.fromEntries(own) };
  };
  const showProblem = (problem: SpecProblem) => attempted > 0 || problem !== 'required';
  const shownCount =
    Object.values(resultProblems).filter(showProblem).length +
    findings.reduce((sum, _, i) => sum + Object.values(findingProblems(i)).filter(showProblem).length, 0);

  // After a refused attempt, the first marked field takes the focus; after adding a finding, its first field.
  useEffect(() => {
    if (attempted === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempted]);
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const setResultField = (path: string, value: string | readonly RowValues[]) => {
    setValues((v) => ({ ...v, [path]: value }));
    if (Object.keys(serverResult).length > 0) setServerResult({});
  };
  const setFindingField = (id: string, path: string, value: string | readonly RowValues[]) => {
    const next = (values: FindingDraft['values']) =>
      path === 'outcome' && typeof value === 'string' ? withOutcome(values, value) : { ...values, [path]: value };
    setFindings((list) => list.map((f) => (f.id === id ? { ...f, values: next(f.values) } : f)));
    if (serverFindings[id]) setServerFindings((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== id)));
  };
  const addFinding = (draft: FindingDraft) => {
    setFindings((list) => [...list, draft]);
    focusNext.current = `${idPrefix}-f${draft.id}-outcome`;
  };
  const removeFinding = (id: string) => setFindings((list) => list.filter((f) => f.id !== id));

  const suggestActa = (rowKey: string, test: AlcoholResult, verdict: AlcoholVerdict) =>
    addFinding(
      suggestActaForTest(crypto.randomUUID(), rowKey, test, verdict, operation, defaultPromoter, (facts) =>
        text.t('tests.actaDescription', { counted: glText(facts.countedGL), limit: glText(facts.limitGL), plate: facts.plate }),
      ),
    );

  const submit = async () => {
    setNotice(null);
    if (!resultCheck.ok || findingChecks.some((c) => !c.ok)) {
      setAttempted((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const { operation: closed } = await api.call('operations.close', {
        id: operation.id,
        result: resultCheck.value,
        findings: findings.map((f, i) => ({ id: f.id, finding: (findingChecks[i] as { value: unknown }).value as never })),
      });
      onClosed(closed);
    } catch (error) {
      const described = describeApiError(error);
      const refused = refusalReason(error);
      if (described.code === 'invalid_input') {
        const mapped = closeIssuesToProblems(operation, values, findings, described.issues);
        setServerResult(mapped.result);
        setServerFindings(Object.fromEntries(Object.entries(mapped.findings).map(([i, p]) => [findings[Number(i)]!.id, p])));
        setAttempted((n) => n + 1);
        if (mapped.rest.length > 0) setNotice({ kind: 'error', error });
      } else if (refused !== null) setNotice({ kind: 'refused', reason: refused });
      else setNotice({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  const specs = RESULT_SPECS[operation.type];
  const linkedTests = new Set(findings.map((f) => f.fromTest).filter(Boolean));

  const renderTests = (spec: (typeof specs)[number]): ReactNode =>
    operation.type === 'alcohol_test' && spec.path === 'tests' ? (
      <RowsField
        key={spec.path}
        scope={operation.type}
        spec={spec}
        values={values}
        onChange={setResultField}
        problems={resultProblems}
        showProblem={showProblem}
        idPrefix={idPrefix}
        rowTitle={(n) => text.t('tests.row', { n })}
        addLabel={text.t('tests.add')}
        removeLabel={(n) => text.t('tests.remove', { n })}
        newRow={() => newAlcoholRow(operation, instruments.breathalyser)}
        testId="alcohol-tests"
        rowExtra={(row, index) => (
          <TestVerdict
            row={row}
            settings={roster.settings}
            n={index + 1}
            linked={linkedTests.has(row.__key ?? String(index))}
            onSuggest={(test, verdict) => suggestActa(row.__key ?? String(index), test, verdict)}
          />
        )}
      />
    ) : null;

  return (
    <form
      ref={formRef}
      className="operation-form close-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="close-form"
    >
      <h3 className="operation-form__subtitle">{text.t('close.title')}</h3>
      <p className="operation-form__hint">{text.t('close.intro')}</p>

      <section className="close-form__section" aria-labelledby={`${idPrefix}-result`}>
        <h4 id={`${idPrefix}-result`} className="close-form__heading">
          {text.t('close.resultSection')} · {tUi(`operationType.${operation.type}`)}
        </h4>
        <fieldset className="operation-form__fields" disabled={busy}>
          <SpecFields
            scope={operation.type}
            specs={specs}
            values={values}
            onChange={setResultField}
            problems={resultProblems}
            showProblem={showProblem}
            idPrefix={idPrefix}
            renderRows={renderTests}
          />
        </fieldset>
        {operation.type !== 'alcohol_test' && (
          <VerdictPanel view={resultCheck.ok ? resultVerdict(operation.type, resultCheck.value, roster.settings) : null} />
        )}
      </section>

      <section className="close-form__section" aria-labelledby={`${idPrefix}-findings`} data-testid="findings">
        <h4 id={`${idPrefix}-findings`} className="close-form__heading">
          {text.t('close.findingsSection')}
        </h4>
        {promoters.length === 0 && <Notice tone="warning">{text.t('finding.noPromoter')}</Notice>}
        {findings.length === 0 && <p className="form-rows__empty">{text.t('finding.none')}</p>}
        {findings.map((finding, index) => (
          <fieldset key={finding.id} className="form-rows__row close-form__finding" data-testid="finding" disabled={busy}>
            <legend className="form-rows__row-title">{text.t('finding.title', { n: index + 1 })}</legend>
            <div className="operation-form__fields">
              <SpecFields
                scope="finding"
                specs={FINDING_FIELDS}
                values={finding.values}
                onChange={(path, value) => setFindingField(finding.id, path, value)}
                problems={findingProblems(index)}
                showProblem={showProblem}
                idPrefix={`${idPrefix}-f${finding.id}`}
                optionsFor={(path) => (path === 'record.promoterId' ? promoters : [])}
              />
            </div>
            <Antecedentes values={finding.values} />
            <div className="form-rows__row-actions">
              <button type="button" className="button" onClick={() => removeFinding(finding.id)}>
                {text.t('finding.remove', { n: index + 1 })}
              </button>
            </div>
          </fieldset>
        ))}
        <div>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => addFinding(newFinding(crypto.randomUUID(), operation, defaultPromoter))}
          >
            {text.t('finding.add')}
          </button>
        </div>
      </section>

      {attempted > 0 && shownCount > 0 && (
        <p className="operation-form__summary" role="alert" data-testid="close-form-problems">
          {text.t('close.problems', { count: shownCount })}
        </p>
      )}
      {notice?.kind === 'refused' && (
        <Notice tone="error" onDismiss={() => setNotice(null)} testId="close-form-refused">
          <strong className="notice__title">{tUi('operationForm.refusedTitle')}</strong> <span>{refusalText(tErrors, notice.reason)}</span>
        </Notice>
      )}
      {notice?.kind === 'error' && <ApiErrorNotice error={notice.error} title={text.t('close.failed')} onDismiss={() => setNotice(null)} />}

      <div className="operation-form__actions">
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {text.t('close.back')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="close-submit">
          {busy ? text.t('close.submitting') : text.t('close.submit')}
        </button>
      </div>
    </form>
  );
}

/** One alcohol test's verdict as its values are typed, and the acta suggestion for a positive one. */
function TestVerdict({
  row,
  settings,
  n,
  linked,
  onSuggest,
}: {
  readonly row: RowValues;
  readonly settings: SettingEntries;
  readonly n: number;
  readonly linked: boolean;
  readonly onSuggest: (test: AlcoholResult, verdict: AlcoholVerdict) => void;
}) {
  const text = useRecordsText();
  const judged = useMemo(() => {
    const built = buildCandidate(RESULT_SPECS.alcohol_test[0]!.fields ?? [], row);
    return Object.keys(built.problems).length > 0 ? null : alcoholRowVerdict(built.candidate, settings);
  }, [row, settings]);
  const verdict = judged?.verdict ?? null;
  return (
    <div className="test-verdict" data-testid="test-verdict" data-status={verdict?.status ?? 'incomplete'}>
      <p role="status" aria-label={text.t('tests.verdict', { n })} className="test-verdict__text">
        {verdict === null ? (
          text.t('tests.pending')
        ) : (
          <>
            <strong className={`verdict-badge verdict-badge--${verdict.status}`}>{text.t(`alcoholStatus.${verdict.status}`)}</strong>
            {verdict.reasons.length > 0 && <> — {verdict.reasons.map((r) => text.t(`reason.${r}`)).join('; ')}.</>}
            {verdict.countedGL !== null && (
              <> {text.t('tests.counted', { counted: glText(verdict.countedGL), limit: glText(verdict.limitGL) })}</>
            )}
            {verdict.retestDelayMinutes !== null && (
              <> {text.t('tests.retestDelay', { minutes: text.number(Math.round(verdict.retestDelayMinutes * 10) / 10) })}</>
            )}
            {verdict.tier && <> {text.t('tests.tier', { tier: verdict.tier.index + 1, months: verdict.tier.disqualificationMonthsMax })}</>}
          </>
        )}
      </p>
      {judged && verdict?.status === 'positive' && !linked && (
        <button type="button" className="button" onClick={() => onSuggest(judged.test, verdict)}>
          {text.t('tests.suggestActa', { n })}
        </button>
      )}
    </div>
  );
}

function factText(text: RecordsText, fact: VerdictFact): string {
  switch (fact.fact) {
    case 'period':
      return text.t(`fact.period_${fact.value}`);
    case 'lastDay':
      return text.t('fact.lastDay', { value: fact.value.split('-').reverse().join('/') });
    case 'fineRange':
      return text.t('fact.fineRange', { min: text.number(fact.min), max: text.number(fact.max) });
    case 'allowed':
    case 'requiredMeasures':
      return text.t(`fact.${fact.fact}`, { value: fact.value.map((c) => text.code(c)).join(', ') });
    default:
      return text.t(`fact.${fact.fact}`, { value: fact.value === null ? text.t('fact.none') : text.number(fact.value) });
  }
}

/** The verdict of a whole result (every type but the alcohol checkpoint, which is judged test by test). */
function VerdictPanel({ view }: { readonly view: VerdictView | null }) {
  const text = useRecordsText();
  let body: ReactNode;
  if (view === null) body = <p>{text.t('close.incomplete')}</p>;
  else if (view.kind === 'no_settings') body = <p>{text.t('close.noSettings')}</p>;
  else if (view.kind === 'alcohol') body = null;
  else
    body = (
      <>
        {view.kind === 'status' && (
          <p>
            <strong className={`verdict-badge verdict-badge--${view.status}`}>{text.t(`status.${view.status}`)}</strong>
            {view.reasons.length > 0 && <> — {view.reasons.map((r) => text.t(`reason.${r}`)).join('; ')}.</>}
          </p>
        )}
        <ul className="verdict-facts">
          {view.facts.map((fact) => (
            <li key={fact.fact}>{factText(text, fact)}</li>
          ))}
        </ul>
      </>
    );
  return (
    <div
      className="verdict-panel"
      role="status"
      aria-label={text.t('close.verdictSection')}
      data-testid="result-verdict"
      data-status={view?.kind === 'status' ? view.status : 'none'}
    >
      <h5 className="verdict-panel__title">{text.t('close.verdictSection')}</h5>
      {body}
    </div>
  );
}

export type { SpecValues };
