import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../shared/api/result.ts';
import { exportColumns, exportRefusal, exportSort, formatFileSize } from './csv-export.ts';

describe('CSV export request', () => {
  it('sends the visible columns in their order, id first, without the sync column', () => {
    expect(exportColumns(['syncState', 'barrio', 'type', 'actas', 'alcoholTests'])).toEqual([
      'id',
      'barrio',
      'type',
      'actas',
      'alcoholTests',
    ]);
    expect(exportColumns(['id', 'team'])).toEqual(['id', 'team']);
    expect(exportColumns([])).toEqual(['id']);
  });

  it("takes the grid's sort, or the default one", () => {
    expect(exportSort([{ colId: 'type' }, { colId: 'barrio', sort: 'desc', sortIndex: 0 }])).toEqual({
      column: 'barrio',
      direction: 'desc',
    });
    expect(exportSort([{ colId: 'actas', sort: 'asc' }])).toEqual({ column: 'plannedStart', direction: 'desc' });
  });

  it('recognises the refusals that have their own sentence', () => {
    const refused = (code: string) => new ApiCallError({ code: 'refused', issues: [{ path: '', code }] });
    expect(exportRefusal(refused('export_too_large'))).toBe('tooLarge');
    expect(exportRefusal(refused('export_busy'))).toBe('busy');
    expect(exportRefusal(refused('not_found'))).toBeNull();
    expect(exportRefusal(new ApiCallError({ code: 'internal' }))).toBeNull();
    expect(exportRefusal(new Error('x'))).toBeNull();
  });

  it('gives file sizes in the user’s language', () => {
    expect(formatFileSize(850_400, 'es-AR')).toBe('850 KB');
    expect(formatFileSize(12_449_000, 'es-AR')).toBe('12,4 MB');
    expect(formatFileSize(12_449_000, 'en')).toBe('12.4 MB');
    expect(formatFileSize(10, 'en')).toBe('1 KB');
  });
});
