// Runs in: Node. The one tile answer both hosts send, over a real MBTiles file: 200 with the stored gzip bytes
// (Content-Encoding) or decompressed, 204 where the tileset has no tile, 404 for anything that is not an address,
// 503 when the tileset cannot be read — never an exception.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { openMbtiles, type MbtilesReader } from '../basemap/mbtiles-reader.ts';
import { writeMbtiles } from '../basemap/mbtiles-writer.ts';
import { tileBytes, writeDamagedTileset, writeVectorTileset } from '../basemap/test-support/tilesets.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { tileResponse } from './tile-response.ts';

const readers: MbtilesReader[] = [];
afterEach(() => readers.splice(0).forEach((reader) => reader.close()));
const open = (file: string) => {
  const reader = openMbtiles(file);
  readers.push(reader);
  return reader;
};
const city = () => open(writeVectorTileset(path.join(tempDir(), 'city.mbtiles'), 'city', { extra: [[3, 2, 1]] }));

describe('tileResponse', () => {
  it('sends a stored gzip tile as it is to a client that accepts gzip', () => {
    const reader = city();
    const answer = tileResponse(reader, '3/2/1.pbf', { acceptsGzip: true });
    expect(answer.status).toBe(200);
    expect(Buffer.from(answer.body!)).toEqual(reader.tile(3, 2, 1));
    expect(answer.headers).toEqual({
      'Content-Type': 'application/x-protobuf',
      'Content-Encoding': 'gzip',
      'Content-Length': String(answer.body!.byteLength),
      'Cache-Control': 'private, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'same-origin',
      Vary: 'Accept-Encoding',
    });
  });

  it('decompresses it for one that does not (Electron)', () => {
    const answer = tileResponse(city(), '3/2/1.pbf', { acceptsGzip: false });
    expect(answer.status).toBe(200);
    expect(Buffer.from(answer.body!)).toEqual(tileBytes('city', 3, 2, 1));
    expect(answer.headers['Content-Encoding']).toBeUndefined();
    expect(answer.headers['Content-Length']).toBe(String(tileBytes('city', 3, 2, 1).length));
  });

  it('sends a tile stored uncompressed as it is either way', () => {
    const file = path.join(tempDir(), 'plain.mbtiles');
    writeMbtiles(file, { format: 'pbf' }, [{ z: 0, x: 0, y: 0, data: Buffer.from('plain') }]);
    const reader = open(file);
    for (const acceptsGzip of [true, false]) {
      const answer = tileResponse(reader, '0/0/0.pbf', { acceptsGzip });
      expect(Buffer.from(answer.body!).toString()).toBe('plain');
      expect(answer.headers['Content-Encoding']).toBeUndefined();
    }
  });

  it('answers 204 (cacheable) for an address the tileset has no tile at', () => {
    const answer = tileResponse(city(), '14/0/0.pbf', { acceptsGzip: true });
    expect(answer).toMatchObject({ status: 204, body: null, headers: { 'Cache-Control': 'private, max-age=86400' } });
  });

  it.each(['../../package.json', '%2e%2e/%2e%2e/x', '1/2/3.pbf/../../..', '99/1/1.pbf', '5/99999999/1.pbf', '3/8/0.pbf', '0/0/0.png'])(
    '404 for %j, without asking the tileset',
    (rest) => {
      const closed = openMbtiles(writeVectorTileset(path.join(tempDir(), 'closed.mbtiles'), 'closed'));
      closed.close(); // asked, it would answer 503
      const answer = tileResponse(closed, rest, { acceptsGzip: true });
      expect(answer).toMatchObject({ status: 404, body: null, headers: { 'Cache-Control': 'no-store' } });
    },
  );

  it('answers 503 when the tileset cannot be read: closed, damaged, or a stored tile that does not decompress', () => {
    const closed = openMbtiles(writeVectorTileset(path.join(tempDir(), 'closed.mbtiles'), 'closed'));
    closed.close();
    expect(tileResponse(closed, '0/0/0.pbf', { acceptsGzip: true }).status).toBe(503);

    const { file, addresses } = writeDamagedTileset(path.join(tempDir(), 'damaged.mbtiles'));
    const damaged = open(file);
    const statuses = new Set(addresses.map(([z, x, y]) => tileResponse(damaged, `${z}/${x}/${y}.pbf`, { acceptsGzip: true }).status));
    expect(statuses.has(503)).toBe(true);
    expect([...statuses].every((s) => s === 200 || s === 204 || s === 503)).toBe(true);

    const broken = path.join(tempDir(), 'broken.mbtiles');
    writeMbtiles(broken, { format: 'pbf' }, [{ z: 0, x: 0, y: 0, data: gzipSync('x').subarray(0, 6) }]);
    expect(tileResponse(open(broken), '0/0/0.pbf', { acceptsGzip: false }).status).toBe(503);
    expect(tileResponse(open(broken), '0/0/0.pbf', { acceptsGzip: true }).status).toBe(200); // the browser finds out
  });
});
