import { describe, expect, it } from 'vitest';
import { PrefsSetInputSchema } from '../api/prefs.ts';
import { TileSourceSchema, tileAttributionProblem, tileOrigin, tileUrl, tileUrlProblem } from './tile-source.ts';

const OSM = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

describe('tile URL templates', () => {
  it.each([
    OSM,
    'https://tiles.example.gob.ar:8443/base/{z}/{x}/{y}@2x.png?key=abc',
    'https://tiles.example.com/{z}/{y}/{x}', // any order
    'http://127.0.0.1:8080/{z}/{x}/{y}.png',
    'http://localhost/{z}/{x}/{y}.png',
    'https://xn--and-6ma2c.ar/{z}/{x}/{y}.png',
  ])('accepts %s', (template) => {
    expect(tileUrlProblem(template)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    [`https://tile.example.com/${'a'.repeat(300)}/{z}/{x}/{y}.png`, 'too_long'],
    ['https://tile.example.com/{z}/{x}/{y} .png', 'not_url'],
    ['https://tile.example.com/{z}/{x}/{y}.png\n', 'not_url'],
    ['http://tile.openstreetmap.org/{z}/{x}/{y}.png', 'scheme'], // http only on this computer
    ['http://192.168.0.10/{z}/{x}/{y}.png', 'scheme'],
    ['ftp://tile.example.com/{z}/{x}/{y}.png', 'scheme'],
    ['javascript:alert(1)//{z}/{x}/{y}', 'scheme'],
    ['data:image/png;base64,{z}{x}{y}', 'scheme'],
    ['tile.openstreetmap.org/{z}/{x}/{y}.png', 'scheme'],
    ['https://user:secret@tile.example.com/{z}/{x}/{y}.png', 'credentials'],
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'host'],
    ['https://{z}.example.com/{x}/{y}.png', 'host'],
    ['https://a;b.example.com/{z}/{x}/{y}.png', 'host'], // would end the CSP directive
    ["https://a'b.example.com/{z}/{x}/{y}.png", 'host'],
    ['https://a,b.example.com/{z}/{x}/{y}.png', 'host'],
    ['https://*.example.com/{z}/{x}/{y}.png', 'host'],
    ['https://[::1]/{z}/{x}/{y}.png', 'host'],
    ['https://tile.example.com/{z}/{x}.png', 'placeholders'],
    ['https://tile.example.com/{z}/{x}/{y}/{r}.png', 'placeholders'],
    ['https://tile.example.com/{z}/{x}/{y}.png?v={', 'placeholders'],
  ])('refuses %j: %s', (template, problem) => {
    expect(tileUrlProblem(template)).toBe(problem);
    expect(tileOrigin(template)).toBeNull();
  });

  it('gives the origin for the CSP: scheme, host and port only, lower-cased, default port dropped', () => {
    expect(tileOrigin(OSM)).toBe('https://tile.openstreetmap.org');
    expect(tileOrigin('https://Tiles.Example.COM:443/{z}/{x}/{y}')).toBe('https://tiles.example.com');
    expect(tileOrigin('https://tiles.example.com:8443/{z}/{x}/{y}')).toBe('https://tiles.example.com:8443');
    expect(tileOrigin('http://127.0.0.1:43123/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:43123');
  });

  it('fills in every placeholder', () => {
    expect(tileUrl(OSM, 14, 5501, 9774)).toBe('https://tile.openstreetmap.org/14/5501/9774.png');
    expect(tileUrl('https://t.example.com/{z}/{x}/{y}?z={z}', 3, 1, 2)).toBe('https://t.example.com/3/1/2?z=3');
  });
});

describe('attribution', () => {
  it('is required, bounded, on one line', () => {
    expect(tileAttributionProblem('© colaboradores de OpenStreetMap')).toBeNull();
    expect(tileAttributionProblem('   ')).toBe('attribution_empty');
    expect(tileAttributionProblem('x'.repeat(201))).toBe('attribution_too_long');
    expect(tileAttributionProblem('a\nb')).toBe('attribution_invalid');
  });
});

describe('the map.tileSource preference', () => {
  it('takes a valid source or null, and refuses anything else with the problem as the issue message', () => {
    expect(PrefsSetInputSchema.safeParse({ key: 'map.tileSource', value: { urlTemplate: OSM, attribution: '© OSM' } }).success).toBe(true);
    expect(PrefsSetInputSchema.safeParse({ key: 'map.tileSource', value: null }).success).toBe(true);
    const bad = TileSourceSchema.safeParse({ urlTemplate: 'http://tiles.example.com/{z}/{x}/{y}.png', attribution: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['urlTemplate', 'scheme'],
      ['attribution', 'attribution_empty'],
    ]);
    expect(TileSourceSchema.safeParse({ urlTemplate: OSM, attribution: 'x', extra: 1 }).success).toBe(false);
  });
});
