import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/result.ts';
import { BASEMAP_FILE_MAX_LENGTH } from '../../shared/geo/basemap-info.ts';
import { basemapErrorProblem, checkBasemapFile } from './basemap-form.ts';

describe('basemap file field', () => {
  it('trims the path and checks it as the core does', () => {
    expect(checkBasemapFile('  /srv/mapas/cordoba.mbtiles ')).toEqual({ file: '/srv/mapas/cordoba.mbtiles' });
    expect(checkBasemapFile('C:\\Mapas\\córdoba ciudad.mbtiles')).toEqual({ file: 'C:\\Mapas\\córdoba ciudad.mbtiles' });
    expect(checkBasemapFile('')).toEqual({ problem: 'empty' });
    expect(checkBasemapFile('   ')).toEqual({ problem: 'empty' });
    expect(checkBasemapFile('x'.repeat(BASEMAP_FILE_MAX_LENGTH + 1))).toEqual({ problem: 'too_long' });
    expect(checkBasemapFile('/srv/mapas/\u0007.mbtiles')).toEqual({ problem: 'invalid_path' });
  });

  it("turns the core's refusals into the field's problem", () => {
    const refused = (code: string) => new ApiCallError({ code: 'refused', issues: [{ path: 'file', code }] });
    expect(basemapErrorProblem(refused('missing'))).toBe('missing');
    expect(basemapErrorProblem(refused('not_mbtiles'))).toBe('not_mbtiles');
    expect(basemapErrorProblem(refused('not_vector'))).toBe('not_vector');
    expect(basemapErrorProblem(refused('something_else'))).toBeNull();
    expect(basemapErrorProblem(new ApiCallError({ code: 'forbidden' }))).toBe('forbidden');

    const invalid = (code: string) => new ApiCallError({ code: 'invalid_input', issues: [{ path: 'file', code }] });
    expect(basemapErrorProblem(invalid('too_small'))).toBe('empty');
    expect(basemapErrorProblem(invalid('too_big'))).toBe('too_long');
    expect(basemapErrorProblem(invalid('invalid_path'))).toBe('invalid_path');
    expect(basemapErrorProblem(invalid('invalid_type'))).toBe('invalid');
    expect(basemapErrorProblem(new ApiCallError({ code: 'invalid_input' }))).toBe('invalid');
  });

  it('leaves other failures to a notice', () => {
    expect(basemapErrorProblem(new ApiCallError({ code: 'connection_lost' }))).toBeNull();
    expect(basemapErrorProblem(new ApiCallError({ code: 'internal' }))).toBeNull();
    expect(basemapErrorProblem(new Error('boom'))).toBeNull();
  });
});
