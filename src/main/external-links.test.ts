import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links.ts';

describe('isAllowedExternalUrl', () => {
  it('allows https links to the municipality and its subdomains', () => {
    expect(isAllowedExternalUrl('https://cordoba.gob.ar/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.cordoba.gob.ar/convivencia')).toBe(true);
    expect(isAllowedExternalUrl('https://CORDOBA.GOB.AR/x')).toBe(true);
  });

  it('refuses other protocols, even to allowed hosts', () => {
    expect(isAllowedExternalUrl('http://cordoba.gob.ar/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('smb://cordoba.gob.ar/share')).toBe(false);
    expect(isAllowedExternalUrl('app://console/index.html')).toBe(false);
  });

  it('refuses lookalike hosts', () => {
    expect(isAllowedExternalUrl('https://cordoba.gob.ar.evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://evilcordoba.gob.ar/')).toBe(false);
    expect(isAllowedExternalUrl('https://cordoba.gob.ar@evil.com/')).toBe(false);
  });

  it('refuses credentials, explicit ports and garbage', () => {
    expect(isAllowedExternalUrl('https://user:pw@cordoba.gob.ar/')).toBe(false);
    expect(isAllowedExternalUrl('https://cordoba.gob.ar:8443/')).toBe(false);
    expect(isAllowedExternalUrl('')).toBe(false);
    expect(isAllowedExternalUrl('cordoba.gob.ar')).toBe(false);
  });
});
