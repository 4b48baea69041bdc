// «Resultado de la re-inspección»: what was found on going back — the owner complied; the city did the work at the
// owner's cost; nothing was done — when, and a comment. Each result says what it makes (no sanction, or an acta for
// the court); before the deadline the two that make an acta are offered disabled, with the day they open. The rules
// are reinspect-form.ts's.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from '../../../../shared/ids/uuidv7.ts';
import { NOTICE_RESULTS, type Notice } from '../../../../shared/records/notice-schema.ts';
import { FormField } from '../../../components/FormField.tsx';
import { formatIsoDate } from '../../../i18n/format.ts';
import { NoticeDialog, type NoticeDialogDone } from './NoticeDialog.tsx';
import { placeText } from './notice-text.ts';
import { offenderText } from '../../../records-text/offender-text.ts';
import {
  checkReinspect,
  initialReinspectValues,
  outcomesAt,
  visitInstant,
  type ReinspectField,
  type ReinspectProblem,
  type ReinspectValues,
} from './reinspect-form.ts';
import { useNoticeRules } from './use-notice-rules.ts';

export function ReinspectDialog({ notice, onClose, onDone, focusAfterDone }: NoticeDialogDone & { readonly notice: Notice }) {
  const { t, i18n } = useTranslation('notices');
  const { t: tRecords } = useTranslation('records');
  const id = useId().replace(/:/g, '');
  const { settings } = useNoticeRules();
  const [actaId] = useState(() => uuidv7());
  const [values, setValues] = useState<ReinspectValues>(() => initialReinspectValues(Date.now()));
  const [problems, setProblems] = useState<Partial<Record<ReinspectField, ReinspectProblem>>>({});
  // Whether the result sent makes an acta: read once it went through, after this render's closures were made.
  const actaMade = useRef(false);

  const lastDay = notice.notification ? formatIsoDate(notice.notification.lastDay, i18n.language) : '';
  const set = (field: ReinspectField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((current) => {
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  };
  const problem = (field: ReinspectField) => {
    const code = problems[field];
    return code ? t(`problem.${code}`, { date: lastDay }) : null;
  };
  const standing = outcomesAt(notice, visitInstant(values), settings);
  const termOpen = NOTICE_RESULTS.some((outcome) => standing[outcome] === 'term_open');

  const prepare = () => {
    const checked = checkReinspect(notice, values, { settings, actaId, now: Date.now() });
    setProblems(checked.ok ? {} : checked.problems);
    if (!checked.ok) return null;
    actaMade.current = checked.acta;
    return checked.mutation;
  };

  return (
    <NoticeDialog
      title={t('reinspect.title')}
      explain={t('reinspect.explain', { place: placeText(t, notice), offender: offenderText(tRecords, notice.record.offender), lastDay })}
      submitLabel={t('reinspect.submit')}
      testId="notice-reinspect-dialog"
      problemCount={Object.keys(problems).length}
      prepare={prepare}
      onClose={onClose}
      onDone={() => onDone(t(actaMade.current ? 'reinspect.doneActa' : 'reinspect.done'))}
      focusAfterDone={focusAfterDone}
    >
      <FormField
        id={`${id}-outcome`}
        label={t('reinspect.outcome')}
        layout="group"
        problem={problem('outcome')}
        hint={termOpen ? t('reinspect.notYet', { lastDay }) : undefined}
        testId="reinspect-outcome"
      >
        {NOTICE_RESULTS.map((outcome) => (
          <label key={outcome} className="form-check notice-dialog__option">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={outcome}
              checked={values.outcome === outcome}
              disabled={standing[outcome] === 'term_open'}
              onChange={() => set('outcome')(outcome)}
              aria-describedby={`${id}-effect-${outcome}`}
            />{' '}
            {t(`reinspect.option.${outcome}`)}
            <span className="form-field__hint notice-dialog__effect" id={`${id}-effect-${outcome}`}>
              {t(`reinspect.effect.${outcome}`)}
            </span>
          </label>
        ))}
      </FormField>
      <FormField id={`${id}-at`} label={t('reinspect.at')} hint={t('reinspect.atHint')} problem={problem('at')}>
        {(control) => (
          <input
            className="form-control"
            type="datetime-local"
            value={values.at}
            onChange={(event) => set('at')(event.target.value)}
            data-testid="reinspect-at"
            {...control}
          />
        )}
      </FormField>
      <FormField id={`${id}-comment`} label={t('reinspect.comment')} hint={t('reinspect.commentHint')} problem={problem('comment')}>
        {(control) => (
          <textarea
            className="form-control"
            rows={3}
            value={values.comment}
            onChange={(event) => set('comment')(event.target.value)}
            data-testid="reinspect-comment"
            {...control}
          />
        )}
      </FormField>
    </NoticeDialog>
  );
}
