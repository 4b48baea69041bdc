import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/live/sync-status.ts';
import { boardStaleness, dataAgeSeconds, needsClock, syncView } from './sync-view.ts';

const NOW = 1_764_090_000_000;
const status = (patch: Partial<SyncStatus>): SyncStatus => ({
  state: 'live',
  hubUrl: 'http://127.0.0.1:4100',
  offlineSince: null,
  dataAsOf: NOW - 1_000,
  lastError: null,
  progress: null,
  ...patch,
});

describe('syncView', () => {
  it('is unknown before the first answer', () => {
    expect(syncView(null, NOW)).toEqual({ state: 'unknown', message: { kind: 'unknown' }, unauthorized: false });
  });

  it.each(['live', 'catching_up', 'connecting', 'signed_out'] as const)('says %s as it is', (state) => {
    expect(syncView(status({ state }), NOW)).toEqual({ state, message: { kind: state }, unauthorized: false });
  });

  it('offline: since when, and how old the data is', () => {
    const view = syncView(status({ state: 'offline', offlineSince: NOW - 120_000, dataAsOf: NOW - 185_000 }), NOW);
    expect(view).toEqual({
      state: 'offline',
      message: { kind: 'offline', since: NOW - 120_000, dataAgeSeconds: 185 },
      unauthorized: false,
    });
  });

  it('offline before any data arrived', () => {
    const view = syncView(status({ state: 'offline', offlineSince: NOW, dataAsOf: null }), NOW);
    expect(view.message).toEqual({ kind: 'offline', since: NOW, dataAgeSeconds: null });
  });

  it('no hub configured wins over the state, which stays in data-state', () => {
    expect(syncView(status({ state: 'offline', hubUrl: null }), NOW)).toEqual({
      state: 'offline',
      message: { kind: 'no_hub' },
      unauthorized: false,
    });
  });

  it('reports rejected credentials unless live again', () => {
    expect(syncView(status({ state: 'offline', lastError: 'unauthorized' }), NOW).unauthorized).toBe(true);
    expect(syncView(status({ state: 'connecting', lastError: 'unauthorized' }), NOW).unauthorized).toBe(true);
    expect(syncView(status({ state: 'live', lastError: 'unauthorized' }), NOW).unauthorized).toBe(false);
    expect(syncView(status({ state: 'offline', lastError: 'unreachable' }), NOW).unauthorized).toBe(false);
  });
});

describe('dataAgeSeconds', () => {
  it('counts from dataAsOf, never negative', () => {
    expect(dataAgeSeconds(status({ dataAsOf: NOW - 3 * 60_000 }), NOW)).toBe(180);
    expect(dataAgeSeconds(status({ dataAsOf: NOW + 5_000 }), NOW)).toBe(0);
    expect(dataAgeSeconds(status({ dataAsOf: null }), NOW)).toBeNull();
    expect(dataAgeSeconds(null, NOW)).toBeNull();
  });
});

describe('boardStaleness', () => {
  it('is live only when the hub is live and the host reachable', () => {
    expect(boardStaleness(status({ state: 'live' }), 'connected')).toBeNull();
  });

  it.each(['offline', 'catching_up', 'connecting', 'signed_out'] as const)('is stale while %s', (state) => {
    expect(boardStaleness(status({ state }), 'connected')).toBe(state);
  });

  it('is stale without a hub', () => {
    expect(boardStaleness(status({ state: 'offline', hubUrl: null }), 'connected')).toBe('no_hub');
  });

  it('is stale when the page lost the host, whatever the last known hub state', () => {
    expect(boardStaleness(status({ state: 'live' }), 'disconnected')).toBe('host');
    expect(boardStaleness(status({ state: 'live' }), 'refused')).toBe('host');
    expect(boardStaleness(null, 'disconnected')).toBe('host');
  });

  it('is not stale before anything is known', () => {
    expect(boardStaleness(null, 'connecting')).toBeNull();
    expect(boardStaleness(null, 'connected')).toBeNull();
  });
});

describe('needsClock', () => {
  it('ticks only for the offline message', () => {
    expect(needsClock(status({ state: 'offline' }))).toBe(true);
    expect(needsClock(status({ state: 'offline', hubUrl: null }))).toBe(false);
    expect(needsClock(status({ state: 'live' }))).toBe(false);
    expect(needsClock(null)).toBe(false);
  });
});
