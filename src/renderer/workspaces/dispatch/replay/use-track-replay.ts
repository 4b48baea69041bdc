// The state of a track replay: loading the tracks ('units.tracks'), the replay clock (an animation-frame loop
// while playing, at ×1, ×10 or ×60) and seeking with the slider.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UnitTrack } from '../../../../shared/hub-protocol/tracks.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { advanceReplay, replayExtent, type ReplaySpeed, type TimeWindow } from './replay.ts';

export type ReplayPhase =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | { readonly phase: 'failed'; readonly error: unknown }
  | {
      readonly phase: 'ready';
      readonly tracks: readonly UnitTrack[];
      readonly window: TimeWindow;
      /** What the tracks cover: the slider's range; null when no unit has a point in the window. */
      readonly extent: TimeWindow | null;
    };

export interface TrackReplay {
  readonly state: ReplayPhase;
  readonly time: number;
  readonly playing: boolean;
  readonly speed: ReplaySpeed;
  load(unitIds: readonly string[], window: TimeWindow): void;
  close(): void;
  seek(time: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: ReplaySpeed): void;
}

export function useTrackReplay(): TrackReplay {
  const api = useApi();
  const [state, setState] = useState<ReplayPhase>({ phase: 'idle' });
  const [time, setTime] = useState(0);
  const [playing, setPlayingState] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>(10);
  const timeRef = useRef(0);
  const request = useRef(0);

  const seek = useCallback((next: number) => {
    timeRef.current = next;
    setTime(next);
  }, []);

  const load = useCallback(
    (unitIds: readonly string[], window: TimeWindow) => {
      const id = ++request.current;
      setPlayingState(false);
      setState({ phase: 'loading' });
      api.call('units.tracks', { unitIds: [...unitIds], from: window.from, to: window.to }).then(
        ({ tracks }) => {
          if (request.current !== id) return;
          const extent = replayExtent(tracks);
          seek(extent?.from ?? window.from);
          setState({ phase: 'ready', tracks, window, extent });
        },
        (error: unknown) => {
          if (request.current === id) setState({ phase: 'failed', error });
        },
      );
    },
    [api, seek],
  );

  const close = useCallback(() => {
    request.current++;
    setPlayingState(false);
    setState({ phase: 'idle' });
  }, []);

  const extent = state.phase === 'ready' ? state.extent : null;

  const setPlaying = useCallback(
    (play: boolean) => {
      // Play at the end starts again from the beginning.
      if (play && extent && timeRef.current >= extent.to) seek(extent.from);
      setPlayingState(play && extent !== null);
    },
    [extent, seek],
  );

  useEffect(() => {
    if (!playing || !extent) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const next = advanceReplay(timeRef.current, now - last, speed, extent.to);
      last = now;
      seek(next);
      if (next >= extent.to) setPlayingState(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, extent, seek]);

  return { state, time, playing, speed, load, close, seek, setPlaying, setSpeed };
}
