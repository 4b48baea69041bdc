import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle.ts';

describe('login throttle', () => {
  it('lets five failures through, then doubles the wait from one second up to fifteen minutes', () => {
    let t = 0;
    const throttle = createLoginThrottle(() => t);
    const waits: number[] = [];
    for (let i = 0; i < 18; i++) {
      throttle.failed('ana', '10.0.0.1');
      waits.push(throttle.wait('ana', '10.0.0.1'));
      t += throttle.wait('ana', '10.0.0.1');
    }
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5, 9)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(waits.slice(-2)).toEqual([900_000, 900_000]);
  });

  it('slows the account from any address, and the address for any account', () => {
    const throttle = createLoginThrottle(() => 0);
    for (let i = 0; i < 6; i++) throttle.failed('ana', `10.0.0.${i}`);
    expect(throttle.wait('ANA ', '10.9.9.9')).toBe(1_000);
    expect(throttle.wait('beto', '10.9.9.9')).toBe(0);
    for (let i = 0; i < 6; i++) throttle.failed(`user${i}`, '10.0.0.99');
    expect(throttle.wait('carla', '10.0.0.99')).toBe(1_000);
  });

  it('forgets an account’s and an address’s failures after a success', () => {
    let t = 0;
    const throttle = createLoginThrottle(() => t);
    for (let i = 0; i < 7; i++) throttle.failed('ana', '10.0.0.1');
    t += 5_000;
    expect(throttle.wait('ana', '10.0.0.1')).toBe(0);
    throttle.succeeded('ana', '10.0.0.1');
    throttle.failed('ana', '10.0.0.1');
    expect(throttle.wait('ana', '10.0.0.1')).toBe(0);
  });
});
