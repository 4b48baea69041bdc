// A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus cannot leave it,
// screen readers see only it), Escape closes it, and focus goes back to whatever had it before opening.
// The dialog is labelled by its visible title.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly closeLabel: string;
  readonly className?: string;
  readonly testId?: string;
  readonly closeTestId?: string;
  /** Element to return focus to when the dialog closes (default: the one focused when it opened). */
  readonly returnFocusTo?: () => HTMLElement | null;
}

export function ModalDialog({
  open,
  title,
  onClose,
  children,
  closeLabel,
  className,
  testId,
  closeTestId,
  returnFocusTo,
}: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  const returnRef = useRef(returnFocusTo);
  useEffect(() => {
    onCloseRef.current = onClose;
    returnRef.current = returnFocusTo;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    opener.current = document.activeElement;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      const back = returnRef.current?.() ?? opener.current;
      // After React has finished this commit (the opener may be re-rendered in the same one).
      if (back instanceof HTMLElement) queueMicrotask(() => back.focus());
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      // Escape (the 'cancel' event) and close(): the owner decides; it unmounts the dialog by closing it.
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="modal-dialog__header">
        <h2 id={titleId} className="modal-dialog__title">
          {title}
        </h2>
        <button type="button" className="button modal-dialog__close" onClick={() => onCloseRef.current()} data-testid={closeTestId}>
          {closeLabel}
        </button>
      </div>
      <div className="modal-dialog__body">{children}</div>
    </dialog>
  );
}
