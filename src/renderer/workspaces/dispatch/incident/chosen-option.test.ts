import { describe, expect, it } from 'vitest';
import { chosenIndex } from './chosen-option.ts';

const list = (...units: string[]) => units.map((u) => ({ unitId: u.replace('!', ''), eligible: !u.endsWith('!') }));

describe('chosenIndex', () => {
  it.each<[string, ReturnType<typeof list>, string | null, number]>([
    ['nothing chosen: the first that can go', list('a', 'b', 'c!'), null, 0],
    ['the first that can go, even listed after units set aside', list('x!', 'a', 'b'), null, 1],
    ['the one chosen, wherever it moved', list('b', 'c', 'a'), 'a', 2],
    ['a unit set aside may be chosen (to hear why)', list('a', 'c!'), 'c', 1],
    ['the chosen one gone (sent): the first that can go', list('b', 'c'), 'a', 0],
    ['none can go: the first', list('x!', 'y!'), null, 0],
    ['an empty list', [], 'a', -1],
  ])('%s', (_, options, chosen, index) => {
    expect(chosenIndex(options, chosen)).toBe(index);
  });
});
