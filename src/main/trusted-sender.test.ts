import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender.ts';

describe('isTrustedSender', () => {
  it('accepts pages of the app origin', () => {
    expect(isTrustedSender('app://console/index.html')).toBe(true);
    expect(isTrustedSender('app://console/')).toBe(true);
    expect(isTrustedSender('app://console/index.html?x=1#top')).toBe(true);
  });

  it('accepts the origin case-insensitively, as URL parsing normalises scheme and host', () => {
    expect(isTrustedSender('APP://console/index.html')).toBe(true);
  });

  it('refuses a missing or unparseable URL', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender('not a url')).toBe(false);
  });

  it('refuses other schemes serving similar paths', () => {
    expect(isTrustedSender('file:///work/out/renderer/index.html')).toBe(false);
    expect(isTrustedSender('https://console/index.html')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html')).toBe(false);
    expect(isTrustedSender('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(isTrustedSender('about:blank')).toBe(false);
    expect(isTrustedSender('data:text/html,hi')).toBe(false);
  });

  it('refuses other hosts, ports and credentials on the app scheme', () => {
    expect(isTrustedSender('app://evil/index.html')).toBe(false);
    expect(isTrustedSender('app://console.evil/index.html')).toBe(false);
    expect(isTrustedSender('app://console:8080/index.html')).toBe(false);
    expect(isTrustedSender('app://user@console/index.html')).toBe(false);
    expect(isTrustedSender('app://evil@console/index.html')).toBe(false);
    expect(isTrustedSender('app:console/index.html')).toBe(false);
  });
});
