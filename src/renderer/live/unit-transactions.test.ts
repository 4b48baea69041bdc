import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../../shared/live/unit-row.ts';
import { applyToIndex, changesTransaction, isEmptyTransaction, snapshotTransaction } from './unit-transactions.ts';

const unit = (id: string, version = 1): UnitRow => ({
  id,
  callSign: `Móvil ${id}`,
  kind: 'vehicle',
  crew: ['Ana Pérez'],
  status: 'available',
  statusAt: null,
  statusSource: null,
  task: null,
  silenceAck: null,
  version,
  position: null,
});

const index = (...rows: UnitRow[]) => new Map(rows.map((row) => [row.id, row]));
const ids = (rows: readonly UnitRow[]) => rows.map((row) => row.id);

describe('changesTransaction', () => {
  it('adds unknown units and updates known ones, removing nothing', () => {
    const tx = changesTransaction(index(unit('a'), unit('b')), [unit('b', 2), unit('c'), unit('a', 2)]);
    expect(ids(tx.add)).toEqual(['c']);
    expect(ids(tx.update)).toEqual(['b', 'a']);
    expect(tx.remove).toEqual([]);
  });

  it('never puts one id twice in a transaction', () => {
    const tx = changesTransaction(index(unit('a')), [unit('a', 2), unit('a', 3), unit('n'), unit('n', 2)]);
    expect(ids(tx.update)).toEqual(['a']);
    expect(ids(tx.add)).toEqual(['n']);
  });
});

describe('snapshotTransaction', () => {
  it('starts an empty board with one add of every unit', () => {
    const tx = snapshotTransaction(new Map(), [unit('a'), unit('b')]);
    expect(ids(tx.add)).toEqual(['a', 'b']);
    expect(tx.update).toEqual([]);
    expect(tx.remove).toEqual([]);
  });

  it('after a reconnect: updates, adds, and removes units no longer listed (with the shown row)', () => {
    const gone = unit('gone');
    const tx = snapshotTransaction(index(unit('a'), gone), [unit('a', 2), unit('new')]);
    expect(ids(tx.add)).toEqual(['new']);
    expect(ids(tx.update)).toEqual(['a']);
    expect(tx.remove).toEqual([gone]);
  });

  it('skips rows the board already shows as the very same object', () => {
    const a = unit('a');
    const tx = snapshotTransaction(index(a), [a]);
    expect(isEmptyTransaction(tx)).toBe(true);
  });
});

describe('applyToIndex', () => {
  it('keeps the index in step with the grid', () => {
    const shown = index(unit('a'), unit('gone'));
    const tx = snapshotTransaction(shown, [unit('a', 5), unit('b')]);
    applyToIndex(shown, tx);
    expect([...shown.keys()].sort()).toEqual(['a', 'b']);
    expect(shown.get('a')?.version).toBe(5);
  });
});
