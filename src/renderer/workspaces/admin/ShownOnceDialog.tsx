// A secret the hub answers once — a new account's password, a device's pairing text — in a modal dialog: said
// plainly that it will not be shown again, as read-only text selected on focus, with «Copiar» (the clipboard may be refused: then the
// person copies it by hand, and is told so). Whatever else the owner shows (a QR code) goes above the text.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/ModalDialog.tsx';

interface ShownOnceDialogProps {
  readonly title: string;
  readonly explain: string;
  /** The secret's name ('Contraseña', 'Texto de vinculación'). */
  readonly label: string;
  readonly secret: string;
  readonly testId: string;
  readonly onClose: () => void;
  /** Where focus goes once it closes (the dialog that opened it is gone). */
  readonly returnFocusTo: () => HTMLElement | null;
  readonly children?: ReactNode;
}

type Copy = 'idle' | 'copied' | 'failed';

export function ShownOnceDialog({ title, explain, label, secret, testId, onClose, returnFocusTo, children }: ShownOnceDialogProps) {
  const { t } = useTranslation('admin');
  const id = useId();
  const [copy, setCopy] = useState<Copy>('idle');
  const copySecret = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  return (
    <ModalDialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('dialog.close')}
      className="admin-dialog shown-once"
      testId={testId}
      returnFocusTo={returnFocusTo}
    >
      <p className="write-form__explain">{explain}</p>
      <p className="shown-once__warning" data-testid={`${testId}-once`}>
        {t('once.warning')}
      </p>
      {children}
      <div className="form-field">
        <label className="form-field__label" htmlFor={id}>
          {label}
        </label>
        <textarea
          id={id}
          className="form-control shown-once__text"
          readOnly
          rows={secret.length > 40 ? 3 : 1}
          value={secret}
          onFocus={(event) => event.target.select()}
          data-testid={`${testId}-secret`}
        />
      </div>
      <div className="write-form__actions">
        <button type="button" className="button" onClick={() => void copySecret()} data-testid={`${testId}-copy`}>
          {t('once.copy')}
        </button>
        <button type="button" className="button button--primary" onClick={onClose} data-testid={`${testId}-done`}>
          {t('once.done')}
        </button>
        <span className="shown-once__copy-status" role="status">
          {copy === 'copied' ? t('once.copied') : copy === 'failed' ? t('once.copyFailed') : ''}
        </span>
      </div>
    </ModalDialog>
  );
}
