// Cancelling a scheduled hearing asks for the reason (it goes into the hearing's history and the case waits for a
// hearing again); the hub refuses a hearing already held, signed or cancelled, and says so here in words.
import { formatIsoDate } from '../../../i18n/format.ts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../../shared/records/hearing-schema.ts';
import { cordobaIsoDate } from '../../../../shared/time/cordoba.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { clockTime } from './hearing-format.ts';
import { WriteFailure } from './WriteFailure.tsx';

const MAX_REASON = 500;

export function CancelHearingDialog({ hearing, onClose }: { readonly hearing: Hearing; readonly onClose: () => void }) {
  const { t, i18n } = useTranslation('hearings');
  const api = useApi();
  const id = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const trimmed = reason.trim();
  const problem = !tried ? null : !trimmed ? t('problem.required') : trimmed.length > MAX_REASON ? t('problem.too_long') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!trimmed || trimmed.length > MAX_REASON || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await api.call('records.mutate', { mutation: { kind: 'hearing.cancel', id: hearing.id, reason: trimmed } });
      onClose();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <ModalDialog open title={t('cancel.title')} onClose={onClose} closeLabel={t('schedule.close')} testId="cancel-hearing-dialog">
      <form className="hearing-form" onSubmit={(event) => void submit(event)} noValidate>
        <p>
          {t('cancel.intro', {
            caseNumber: hearing.caseNumber || t('noNumber'),
            date: formatIsoDate(cordobaIsoDate(hearing.start), i18n.language),
            time: clockTime(hearing.start),
          })}
        </p>
        <FormField id={`${id}-reason`} label={t('cancel.reason')} problem={problem} wide>
          {(control) => (
            <textarea
              {...control}
              className="form-control"
              rows={3}
              maxLength={MAX_REASON}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
            />
          )}
        </FormField>
        {failure !== null && <WriteFailure error={failure} title={t('cancel.failed')} />}
        <div className="hearing-form__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('cancel.back')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="cancel-hearing-confirm">
            {busy ? t('cancel.saving') : t('cancel.confirm')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
