import { describe, expect, it } from 'vitest';
import { scopeSuffix } from './export-report.ts';

describe('scopeSuffix', () => {
  it('is empty for the whole city', () => {
    expect(scopeSuffix({ barrios: [], cpcs: [] })).toBe('');
  });

  it('names the scope in ASCII, whatever its order, and tells apart a barrio from a CPC of the same name', () => {
    const a = scopeSuffix({ barrios: ['Güemes', 'Nueva Córdoba'], cpcs: [] });
    expect(a).toMatch(/^-guemes-nueva-cordoba-[0-9a-f]{8}$/);
    expect(scopeSuffix({ barrios: ['Nueva Córdoba', 'Güemes'], cpcs: [] })).toBe(a);
    expect(scopeSuffix({ barrios: ['Centro'], cpcs: [] })).not.toBe(scopeSuffix({ barrios: [], cpcs: ['Centro'] }));
  });

  it('stays short for many barrios and keeps to file-name characters', () => {
    const many = scopeSuffix({ barrios: Array.from({ length: 300 }, (_, i) => `Barrio ${i} «Ñandú» / ..`), cpcs: ['CPC Argüello'] });
    expect(many.length).toBeLessThanOrEqual(50);
    expect(many).toMatch(/^-[a-z0-9-]+$/);
    expect(scopeSuffix({ barrios: ['///'], cpcs: [] })).toMatch(/^-[0-9a-f]{8}$/);
  });
});
