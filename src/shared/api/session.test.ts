import { describe, expect, it } from 'vitest';
import { hubAddress, hubAddressUrls, isHubUrl, MAX_HUB_URLS } from './session.ts';

describe('hub addresses', () => {
  it.each([
    ['one http address', 'http://127.0.0.1:7420', true],
    ['an https address with a path (ignored)', 'https://hub.cordoba.gob.ar/convivencia', true],
    ['two hub processes', 'http://10.0.0.1:7420, http://10.0.0.2:7420', true],
    ['a trailing comma', 'http://10.0.0.1:7420,', true],
    ['nothing', '', false],
    ['only commas', ' , ,', false],
    ['another scheme', 'ftp://10.0.0.1', false],
    ['one bad among good', 'http://10.0.0.1:7420, hub-b', false],
    ['too many', Array.from({ length: MAX_HUB_URLS + 1 }, (_, i) => `http://10.0.0.${i + 1}`).join(','), false],
  ])('%s: %s', (_, value, valid) => {
    expect(isHubUrl(value)).toBe(valid);
  });

  it('keeps each origin, in the order given', () => {
    expect(hubAddress(' http://B:7420/x ,https://a.example.org ')).toBe('http://b:7420, https://a.example.org');
    expect(hubAddressUrls(hubAddress('http://b:7420, https://a.example.org'))).toEqual(['http://b:7420', 'https://a.example.org']);
    expect(hubAddress('http://127.0.0.1:7420/')).toBe('http://127.0.0.1:7420');
  });
});
