// One case, over the list: its title and where it stands, the steps it can take now, the acta, the procedure, the
// courts it has been at, its hearings, and its audit history. Read live ('court.case'): a step taken here or
// anywhere else shows at once. Focus moves to the title when the view opens, and there again after a step.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/court.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { useLiveQuery } from '../../../live/use-live-query.ts';
import { ActaFacts, CaseSummary, CourtHistory, ProcedureFacts } from './CaseFacts.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseHearings } from './CaseHearings.tsx';
import { CaseHistory } from './CaseHistory.tsx';
import { caseNumberText } from './case-text.ts';
import { offenderText } from '../../../records-text/offender-text.ts';

export function CaseView({ caseId, onBack }: { readonly caseId: string; readonly onBack: () => void }) {
  const { t } = useTranslation('courtDesk');
  const { t: tRecords } = useTranslation('records');
  const { value, error, loading } = useLiveQuery('court.case', { id: caseId });
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const detail = value?.detail ?? null;
  const focusHeading = useCallback(() => heading.current, []);

  // Opened (the component is keyed by the case): the title, so a screen reader hears which case it is.
  useEffect(() => heading.current?.focus(), []);

  const title = detail
    ? detail.case.number === null
      ? t('view.headingActa', { offender: offenderText(tRecords, detail.case.record.offender) })
      : t('view.heading', { number: caseNumberText(t, detail.case.number) })
    : t(loading ? 'view.loading' : value ? 'view.notFound' : 'view.loadFailed');

  return (
    <section className="case-view" aria-labelledby={headingId} data-testid="case-view" data-case-id={caseId}>
      <div className="case-view__top">
        <button type="button" className="button" onClick={onBack} data-testid="case-back">
          <span className="case-view__back-arrow" aria-hidden="true">
            ←
          </span>
          {t('view.back')}
        </button>
      </div>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="case-view__title" data-testid="case-title">
        {title}
      </h2>
      {!loading && !value && <ApiErrorNotice error={error} title={t('view.loadFailed')} />}
      {detail && <CaseDetailView detail={detail} focusAfterDone={focusHeading} />}
    </section>
  );
}

function CaseDetailView({ detail, focusAfterDone }: { readonly detail: CaseDetail; readonly focusAfterDone: () => HTMLElement | null }) {
  const { t } = useTranslation('courtDesk');
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <CaseSummary detail={detail} />
      {detail.case.record.kind === 'notice' && <Notice tone="warning">{t('view.noticeOnly')}</Notice>}
      <CaseActions detail={detail} onStart={() => setSaved(null)} onDone={setSaved} focusAfterDone={focusAfterDone} />
      {saved && (
        <Notice tone="success" onDismiss={() => setSaved(null)} testId="case-saved">
          {saved}
        </Notice>
      )}
      <div className="case-view__columns">
        <ActaFacts courtCase={detail.case} />
        <div className="case-view__column">
          <ProcedureFacts detail={detail} />
          <CourtHistory courtCase={detail.case} />
        </div>
      </div>
      <CaseHearings hearings={detail.hearings} />
      <CaseHistory caseId={detail.case.id} history={detail.history} />
    </>
  );
}
