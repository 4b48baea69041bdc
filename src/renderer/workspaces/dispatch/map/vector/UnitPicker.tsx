// Every unit on the vector map reachable by keyboard, without one DOM node per unit: a listbox that holds only
// its active option (aria-activedescendant, with its place in the list: "3 de 2.000"). ↑/↓ move through the
// units in call-sign order, Home/End jump, PageUp/PageDown move ten; the map rings the active unit and brings it
// into view (VectorMap); Enter or Space selects it, as a click on its dot does.
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberedMarkerLabel, type UnitMarker } from '../unit-markers.ts';
import { pickerMove } from './picker-move.ts';

interface UnitPickerProps {
  /** In call-sign order (unitMarkers). */
  readonly markers: readonly UnitMarker[];
  readonly activeId: string | null;
  readonly selectedId: string | null;
  readonly onActive: (id: string | null) => void;
  readonly onChoose: (id: string) => void;
}

export function UnitPicker({ markers, activeId, selectedId, onActive, onChoose }: UnitPickerProps) {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('dispatchMap');
  const optionId = useId();
  const found = activeId === null ? -1 : markers.findIndex((m) => m.id === activeId);
  // Before a key is pressed the picker shows the selected unit (else the first), and starts from it.
  const index =
    found >= 0
      ? found
      : Math.max(
          0,
          markers.findIndex((m) => m.id === selectedId),
        );
  const active = markers[index];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.key === 'Enter' || event.key === ' ') && active) {
      event.preventDefault();
      onActive(active.id);
      onChoose(active.id);
      return;
    }
    const to = pickerMove(event.key, index, markers.length);
    if (to === null) return;
    event.preventDefault();
    onActive(markers[to]!.id);
  };

  // An empty listbox is not allowed (ARIA): with no unit on the map, it is a plain line of text.
  if (!active)
    return (
      <p className="unit-picker unit-picker--empty" data-testid="unit-picker">
        {tm('picker.empty')}
      </p>
    );
  return (
    <div
      className="unit-picker"
      role="listbox"
      tabIndex={0}
      aria-label={tm('picker.label')}
      aria-activedescendant={optionId}
      onKeyDown={onKeyDown}
      onFocus={() => activeId === null && onActive(active.id)}
      onBlur={() => onActive(null)}
      data-testid="unit-picker"
    >
      <div
        id={optionId}
        role="option"
        className="unit-picker__option"
        aria-selected={active.id === selectedId}
        aria-posinset={index + 1}
        aria-setsize={markers.length}
        data-unit-id={active.id}
        data-testid="unit-picker-option"
      >
        <span>{rememberedMarkerLabel(active, t)}</span>
        <span className="unit-picker__count" aria-hidden="true">
          {tm('picker.position', { index: index + 1, count: markers.length })}
        </span>
      </div>
    </div>
  );
}
