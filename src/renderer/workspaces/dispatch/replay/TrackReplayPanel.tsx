// Track replay controls under the map: which units (the board's selected row unless the user chose others),
// which window (last 15 min, last hour, or custom within the last 24 h), then a player — play/pause, speed and a
// time slider — with one line per unit saying where it was at the replay instant.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TRACK_UNITS } from '../../../../shared/hub-protocol/tracks.ts';
import { nearestBarrio } from '../../../../shared/live/nearest-barrio.ts';
import { ApiErrorNotice } from '../../../components/ApiErrorNotice.tsx';
import { FormField } from '../../../components/FormField.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { MultiSelectFilter } from '../../../components/MultiSelectFilter.tsx';
import { formatInteger } from '../../../i18n/format.ts';
import {
  customWindow,
  formatCordobaLocal,
  formatReplayClock,
  presetWindow,
  REPLAY_SPEEDS,
  REPLAY_WINDOWS,
  type ReplayFix,
  type ReplayWindowChoice,
  type TimeWindow,
} from './replay.ts';
import type { TrackReplay } from './use-track-replay.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReplayUnitState {
  readonly unitId: string;
  readonly callSign: string;
  readonly colour: number;
  readonly hasPoints: boolean;
  readonly fix: ReplayFix | null;
}

interface TrackReplayPanelProps {
  /** Every unit the board knows, in call-sign order. */
  readonly units: readonly { readonly id: string; readonly callSign: string }[];
  readonly selectedId: string | null;
  readonly replay: TrackReplay;
  /** The loaded units at the replay time (empty before a load). */
  readonly unitStates: readonly ReplayUnitState[];
}

export function TrackReplayPanel({ units, selectedId, replay, unitStates }: TrackReplayPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = i18n.language;
  /** Bounds of the custom window's pickers and the check of a typed window; a minute off does not matter. */
  const now = useNow(30_000);
  // Until the user picks units here, the replay follows the board's selection.
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [windowChoice, setWindowChoice] = useState<ReplayWindowChoice>('last15m');
  const [custom, setCustom] = useState(() => {
    const now = Date.now();
    return { from: formatCordobaLocal(now - 60 * 60 * 1000), to: formatCordobaLocal(now) };
  });

  const known = new Set(units.map((u) => u.id));
  const unitIds = (chosen ?? (selectedId ? [selectedId] : [])).filter((unitId) => known.has(unitId));
  const customResult = windowChoice === 'custom' ? customWindow(custom.from, custom.to, now) : null;
  const problem =
    unitIds.length === 0
      ? t('replay.chooseUnits')
      : unitIds.length > MAX_TRACK_UNITS
        ? t('replay.tooMany', { max: MAX_TRACK_UNITS })
        : customResult && !customResult.ok
          ? t(`replay.problem.${customResult.problem}`)
          : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null) return;
    const at = Date.now();
    let window: TimeWindow;
    if (windowChoice === 'custom') {
      const result = customWindow(custom.from, custom.to, at);
      if (!result.ok) return;
      window = result.window;
    } else window = presetWindow(windowChoice, at);
    replay.load(unitIds, window);
  };

  const { state } = replay;
  const minLocal = formatCordobaLocal(now - DAY_MS);
  const maxLocal = formatCordobaLocal(now);

  return (
    <section className="dispatch-panel" aria-labelledby={`${id}-heading`} data-testid="track-replay">
      <h2 id={`${id}-heading`} className="dispatch-panel__heading">
        {t('replay.heading')}
      </h2>
      <form className="replay__form" onSubmit={submit} aria-describedby={problem ? `${id}-problem` : undefined}>
        <MultiSelectFilter
          label={t('replay.units')}
          options={units.map((u) => ({ value: u.id, label: u.callSign }))}
          selected={unitIds}
          onChange={setChosen}
          testId="replay-units"
          emptyLabel={t('replay.noUnitsChosen')}
        />
        <FormField id={`${id}-window`} label={t('replay.window')}>
          {(control) => (
            <select
              className="filter-control"
              value={windowChoice}
              onChange={(event) => setWindowChoice(event.target.value as ReplayWindowChoice)}
              data-testid="replay-window"
              {...control}
            >
              {REPLAY_WINDOWS.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`replay.windowOption.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {windowChoice === 'custom' &&
          (['from', 'to'] as const).map((bound) => (
            <FormField key={bound} id={`${id}-${bound}`} label={t(`replay.${bound}`)}>
              {(control) => (
                <input
                  type="datetime-local"
                  className="filter-control"
                  value={custom[bound]}
                  min={minLocal}
                  max={maxLocal}
                  onChange={(event) => setCustom((c) => ({ ...c, [bound]: event.target.value }))}
                  data-testid={`replay-${bound}`}
                  {...control}
                />
              )}
            </FormField>
          ))}
        <button
          type="submit"
          className="button button--primary"
          disabled={problem !== null || state.phase === 'loading'}
          data-testid="replay-load"
        >
          {t('replay.load')}
        </button>
        {state.phase !== 'idle' && (
          <button type="button" className="button" onClick={replay.close} data-testid="replay-close">
            {t('replay.close')}
          </button>
        )}
      </form>
      {problem && (
        <p id={`${id}-problem`} className="replay__hint">
          {problem}
        </p>
      )}
      {state.phase === 'loading' && (
        <p className="replay__hint" role="status">
          {t('replay.loading')}
        </p>
      )}
      {state.phase === 'failed' && <ApiErrorNotice error={state.error} title={t('replay.loadFailed')} />}
      {state.phase === 'ready' && state.extent === null && (
        <p className="replay__hint" role="status" data-testid="replay-empty">
          {t('replay.empty')}
        </p>
      )}
      {state.phase === 'ready' && state.extent !== null && (
        <Player replay={replay} extent={state.extent} unitStates={unitStates} locale={locale} now={now} />
      )}
    </section>
  );
}

interface PlayerProps {
  readonly replay: TrackReplay;
  readonly extent: TimeWindow;
  readonly unitStates: readonly ReplayUnitState[];
  readonly locale: string;
  readonly now: number;
}

function Player({ replay, extent, unitStates, locale, now }: PlayerProps) {
  const { t } = useTranslation();
  const id = useId();
  const clock = formatReplayClock(replay.time, now, locale);

  const describe = (unit: ReplayUnitState): string => {
    if (!unit.hasPoints) return t('replay.unitNoData', { callSign: unit.callSign });
    if (!unit.fix) return t('replay.unitNotYet', { callSign: unit.callSign });
    const barrio = nearestBarrio(unit.fix.lat, unit.fix.lng)?.name ?? t('unit.none');
    return unit.fix.held
      ? t('replay.unitHeld', { callSign: unit.callSign, barrio })
      : t('replay.unitAt', { callSign: unit.callSign, speed: formatInteger(unit.fix.speed, locale), barrio });
  };

  return (
    <div className="replay__player" role="group" aria-label={t('replay.player')} data-testid="replay-player">
      <p className="replay__covers">
        {t('replay.covers', { from: formatReplayClock(extent.from, now, locale), to: formatReplayClock(extent.to, now, locale) })}
      </p>
      <div className="replay__controls">
        <button type="button" className="button replay__play" onClick={() => replay.setPlaying(!replay.playing)} data-testid="replay-play">
          {replay.playing ? t('replay.pause') : t('replay.play')}
        </button>
        <label className="replay__speed">
          <span className="visually-hidden">{t('replay.speed')}</span>
          <select
            className="filter-control"
            value={replay.speed}
            onChange={(event) => replay.setSpeed(Number(event.target.value) as (typeof REPLAY_SPEEDS)[number])}
            data-testid="replay-speed"
          >
            {REPLAY_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {t('replay.speedOption', { speed })}
              </option>
            ))}
          </select>
        </label>
        <input
          id={`${id}-time`}
          type="range"
          className="replay__slider"
          min={extent.from}
          max={extent.to}
          step={1000}
          value={Math.round(replay.time)}
          onChange={(event) => replay.seek(Number(event.target.value))}
          aria-label={t('replay.time')}
          aria-valuetext={clock}
          data-testid="replay-slider"
        />
        <output className="replay__clock" htmlFor={`${id}-time`} data-testid="replay-clock">
          {clock}
        </output>
      </div>
      <ul className="replay__units">
        {unitStates.map((unit) => (
          <li key={unit.unitId} className="replay__unit">
            <span className={`replay-swatch replay-swatch--${unit.colour}`} aria-hidden="true" />
            {describe(unit)}
          </li>
        ))}
      </ul>
    </div>
  );
}
