// Taking a complaint: the "Nueva denuncia" button (and its shortcut, Alt+N, anywhere in Despacho), the form in a
// modal dialog, and the step where the form stands aside for the dispatcher to mark the place on the map. The
// complaint being taken lives here, so it survives that step; it is dropped when the dialog is closed (Esc) and
// once it is recorded, when the incident it opened or joined is selected in the workspace.
//
// Alt+N: Chromium and Electron leave Alt+letter to the page (Electron's default menu takes only F, E, V, W, H
// there); the key is read by its physical code, so Option+N on a Mac (a dead key) works too.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LatLng } from '../../../../shared/live/geodesy.ts';
import { uuidv7 } from '../../../../shared/ids/uuidv7.ts';
import type { SettingEntry } from '../../../../shared/settings/dated.ts';
import { ModalDialog } from '../../../components/ModalDialog.tsx';
import { nearestBarrio } from '../../../../shared/live/nearest-barrio.ts';
import { EMPTY_INTAKE, type IntakeDraft, type IntakeValues } from './intake-form.ts';
import { IntakeForm, type IntakeOutcome } from './IntakeForm.tsx';
import './intake.css';

interface IntakeDeskProps {
  readonly settings: readonly SettingEntry[];
  /** The map asks for a point while this is set (a click, or Enter on the map, calls it). */
  readonly onPickChange: (pick: ((at: LatLng) => void) | null) => void;
  /** A complaint was recorded: its incident (new, or the one it joined) is to be selected. */
  readonly onRecorded: (incidentId: string) => void;
}

const newDraft = (): IntakeDraft => {
  const now = Date.now();
  return { ids: { incidentId: uuidv7(now), complaintId: uuidv7(now) }, receivedAt: now, values: EMPTY_INTAKE, point: null };
};

/** Alt+N, whatever the keyboard layout types with it. */
const isShortcut = (event: KeyboardEvent) => event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN';

export function IntakeDesk({ settings, onPickChange, onRecorded }: IntakeDeskProps) {
  const { t } = useTranslation('intake');
  const button = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [draft, setDraft] = useState<IntakeDraft | null>(null);
  const [picking, setPicking] = useState(false);
  const [focus, setFocus] = useState<'first' | 'place'>('first');
  const [recorded, setRecorded] = useState<IntakeOutcome | null>(null);

  const open = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setRecorded(null);
    setFocus('first');
    setDraft(newDraft());
  }, []);

  // Picking: the map takes the next click; Esc goes back to the form without a point.
  const backToForm = useCallback(() => {
    setPicking(false);
    setFocus('place');
  }, []);

  // The shortcut works while Despacho is the workspace shown (its panel is hidden otherwise) and no other dialog
  // is open; with a complaint already being taken it brings its form back.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event) || !button.current?.checkVisibility() || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (picking) backToForm();
      else if (draft === null) open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [draft, picking, open, backToForm]);

  useEffect(() => {
    if (!picking) {
      onPickChange(null);
      return;
    }
    onPickChange((at) => {
      setDraft(
        (current) =>
          current && {
            ...current,
            point: at,
            values: { ...current.values, barrio: nearestBarrio(at.lat, at.lng)?.name ?? current.values.barrio },
          },
      );
      backToForm();
    });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      backToForm();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [picking, onPickChange, backToForm]);

  const close = () => {
    setPicking(false);
    setDraft(null);
  };
  const done = (outcome: IntakeOutcome) => {
    close();
    setRecorded(outcome);
    onRecorded(outcome.incidentId);
  };
  const change = (values: IntakeValues) => setDraft((current) => current && { ...current, values });

  return (
    <div className="intake-desk">
      <button
        ref={button}
        type="button"
        className="button button--primary"
        aria-keyshortcuts="Alt+N"
        title={`${t('open')} (${t('shortcut')})`}
        onClick={open}
        data-testid="intake-open"
      >
        {t('open')}{' '}
        <kbd className="intake-desk__key" aria-hidden="true">
          {t('shortcut')}
        </kbd>
      </button>
      {/* Says what was recorded (politely), or how to mark the place while the map waits for it. */}
      <div className="intake-desk__status" role="status" data-testid="intake-status">
        {picking ? (
          <span className="intake-desk__picking">
            {t('place.picking')}{' '}
            <button type="button" className="button" onClick={backToForm}>
              {t('place.cancelPick')}
            </button>
          </span>
        ) : (
          recorded && t(recorded.kind, { incident: recorded.name })
        )}
      </div>
      <ModalDialog
        open={draft !== null && !picking}
        title={t('title')}
        onClose={close}
        closeLabel={t('close')}
        className="intake-dialog"
        testId="intake-dialog"
        returnFocusTo={() => opener.current ?? button.current}
      >
        {draft && (
          <IntakeForm
            draft={draft}
            settings={settings}
            focus={focus}
            onChange={change}
            onPick={() => setPicking(true)}
            onUnpick={() => setDraft((current) => current && { ...current, point: null })}
            onCancel={close}
            onDone={done}
          />
        )}
      </ModalDialog>
    </div>
  );
}
