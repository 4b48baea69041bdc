// Runs in: Node. The tile route's address parser, table-driven: only `z/x/y.pbf` inside that zoom's grid is an
// address; traversal, escapes, other extensions and numbers out of range are not.
import { describe, expect, it } from 'vitest';
import { parseTileAddress } from './tile-address.ts';

describe('parseTileAddress', () => {
  it.each([
    ['0/0/0.pbf', { z: 0, x: 0, y: 0 }],
    ['12/1419/2424.pbf', { z: 12, x: 1419, y: 2424 }],
    ['3/7/7.pbf', { z: 3, x: 7, y: 7 }],
    ['05/1/2.pbf', { z: 5, x: 1, y: 2 }],
    ['24/16777215/16777215.pbf', { z: 24, x: 16_777_215, y: 16_777_215 }],
  ])('%s is a tile', (rest, address) => expect(parseTileAddress(rest)).toEqual(address));

  it.each([
    '',
    '0/0/0',
    '0/0/0.png',
    '0/0/0.pbf.gz',
    '0/0/0.PBF',
    '/0/0/0.pbf',
    '0/0/0.pbf/',
    '1/2/3.pbf/../../..',
    '../../package.json',
    '%2e%2e/%2e%2e/x',
    '..%2f..%2fpackage.json',
    '0/0/%30.pbf',
    '0\\0\\0.pbf',
    '0/0/0.pbf?v=1',
    ' 0/0/0.pbf',
    '0/-1/0.pbf',
    '0/+1/0.pbf',
    '0/1e1/0.pbf',
    '0/0x1/0.pbf',
    '1/0.5/0.pbf',
    '3/8/0.pbf',
    '3/0/8.pbf',
    '25/0/0.pbf',
    '99/1/1.pbf',
    '123/0/0.pbf',
    '5/99999999/1.pbf',
    '5/123456789/1.pbf',
    '١/٠/٠.pbf',
  ])('%j is not', (rest) => expect(parseTileAddress(rest)).toBeNull());
});
