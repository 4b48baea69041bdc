// The units to send, best first, as one keyboard list (an ARIA listbox with aria-activedescendant): the first unit
// that can go is chosen from the start, ↑ ↓ Home End PageUp PageDown choose another, Enter sends the chosen one —
// or, while replacing a unit, sends it instead of that one (Escape stops replacing). Every unit is listed: those set
// aside say why in their name, and Enter does nothing on them. "Asignar …" does the same for a pointer.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { pickerMove } from '../map/vector/picker-move.ts';
import { chosenIndex } from './chosen-option.ts';
import { useDeskText } from './desk-text.ts';
import type { RecommendOption } from './recommend-text.ts';

export interface Replacing {
  readonly unitId: string;
  readonly callSign: string;
}

interface RecommendedUnitsProps {
  readonly options: readonly RecommendOption[];
  readonly replacing: Replacing | null;
  readonly busy: boolean;
  readonly onAssign: (option: RecommendOption) => void;
  readonly onCancelReplace: () => void;
  readonly listRef: RefObject<HTMLUListElement | null>;
}

export function RecommendedUnits({ options, replacing, busy, onAssign, onCancelReplace, listRef }: RecommendedUnitsProps) {
  const { t } = useDeskText();
  const id = useId();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const index = chosenIndex(options, chosenId);
  const chosen = options[index];
  const optionId = (i: number) => `${id}-option-${i}`;
  // Into view after a key moved the choice — not when the list re-ranks while the person reads elsewhere.
  const reveal = useRef(false);
  useEffect(() => {
    if (!reveal.current) return;
    reveal.current = false;
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  });

  const assign = () => {
    if (chosen?.eligible && !busy) onAssign(chosen);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      assign();
      return;
    }
    if (event.key === 'Escape' && replacing) {
      event.preventDefault();
      onCancelReplace();
      return;
    }
    const to = pickerMove(event.key, index, options.length);
    if (to === null) return;
    event.preventDefault();
    reveal.current = true;
    setChosenId(options[to]!.unitId);
  };

  const heading = replacing ? t('recommend.replacingHeading', { callSign: replacing.callSign }) : t('recommend.heading');
  return (
    <section className="incident-block" aria-labelledby={`${id}-heading`} data-testid="recommended-units">
      <h3 id={`${id}-heading`} className="incident-block__heading">
        {heading}
      </h3>
      {options.length === 0 ? (
        <p>{t('recommend.empty')}</p>
      ) : (
        <>
          <p id={`${id}-hint`} className="form-field__hint">
            {options.some((o) => o.eligible) ? t('recommend.hint') : t('recommend.noneEligible')}
          </p>
          <ul
            ref={listRef}
            className="incident-recommend"
            role="listbox"
            tabIndex={0}
            aria-labelledby={`${id}-heading`}
            aria-describedby={`${id}-hint`}
            aria-activedescendant={optionId(index)}
            onKeyDown={onKeyDown}
            data-testid="recommended-units-list"
          >
            {options.map((option, i) => (
              <li
                key={option.unitId}
                id={optionId(i)}
                role="option"
                aria-selected={i === index}
                aria-disabled={option.eligible ? undefined : true}
                className={`incident-recommend__option${i === index ? ' incident-recommend__option--chosen' : ''}${option.eligible ? '' : ' incident-recommend__option--excluded'}`}
                data-unit-id={option.unitId}
                data-eligible={option.eligible}
                onClick={() => {
                  setChosenId(option.unitId);
                  listRef.current?.focus();
                }}
                onDoubleClick={() => option.eligible && !busy && onAssign(option)}
              >
                {option.label}
              </li>
            ))}
          </ul>
          <div className="incident-recommend__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!chosen?.eligible || busy}
              onClick={assign}
              data-testid="recommended-assign"
            >
              {chosen && replacing
                ? t('recommend.assignReplacing', { callSign: chosen.callSign, replacing: replacing.callSign })
                : t('recommend.assign', { callSign: chosen?.callSign ?? '' })}
            </button>
            {replacing && (
              <button type="button" className="button" onClick={onCancelReplace} data-testid="recommended-cancel-replace">
                {t('recommend.cancelReplace', { callSign: replacing.callSign })}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
