import { describe, expect, it } from 'vitest';
import { firstProblemField, hubFormProblems } from './hub-form.ts';

describe('remote hub form', () => {
  it('accepts an http(s) address with a username and password', () => {
    expect(hubFormProblems({ url: ' https://hub.cordoba.gob.ar:7420 ', username: 'despacho', password: 'x' }, false)).toEqual({});
    expect(hubFormProblems({ url: 'http://127.0.0.1:7420', username: 'a', password: ' ' }, false)).toEqual({});
  });

  it('says what is missing or wrong, field by field, first problem first', () => {
    const empty = hubFormProblems({ url: '', username: ' ', password: '' }, false);
    expect(empty).toEqual({ url: 'urlMissing', username: 'usernameMissing', password: 'passwordMissing' });
    expect(firstProblemField(empty)).toBe('url');
    for (const url of ['hub.cordoba.gob.ar', 'ftp://hub', 'http://', 'javascript:alert(1)']) {
      expect(hubFormProblems({ url, username: 'a', password: 'b' }, false), url).toEqual({ url: 'urlInvalid' });
    }
    expect(firstProblemField(hubFormProblems({ url: 'http://h', username: 'a', password: '' }, false))).toBe('password');
    expect(firstProblemField({})).toBeNull();
  });

  it('does not check an address the user cannot change', () => {
    expect(hubFormProblems({ url: '', username: 'a', password: 'b' }, true)).toEqual({});
  });
});
