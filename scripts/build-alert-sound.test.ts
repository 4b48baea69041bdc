import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALERT_SOUND_FILE, alertSamples, alertSoundWav, PEAK, SAMPLE_RATE } from './build-alert-sound.ts';

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

describe('the alert sound', () => {
  it('is exactly what scripts/build-alert-sound.ts makes (run it after changing the chime)', () => {
    expect(Buffer.from(fs.readFileSync(ALERT_SOUND_FILE)).equals(Buffer.from(alertSoundWav()))).toBe(true);
    expect(Buffer.from(alertSoundWav()).equals(Buffer.from(alertSoundWav()))).toBe(true); // deterministic
  });

  it('is a PCM 16-bit mono WAV whose sizes agree with its data', () => {
    const bytes = alertSoundWav();
    const view = new DataView(bytes.buffer);
    expect([ascii(bytes, 0, 4), ascii(bytes, 8, 4), ascii(bytes, 12, 4), ascii(bytes, 36, 4)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(SAMPLE_RATE);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(bytes.length - 44);
  });

  it('is short, and large enough to ship as a file rather than a data: URL the CSP would refuse', () => {
    const seconds = alertSamples().length / SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(0.4);
    expect(seconds).toBeLessThan(1);
    expect(alertSoundWav().length).toBeGreaterThan(4096);
  });

  it('peaks at PEAK without clipping, and starts and ends in silence (no click)', () => {
    const samples = alertSamples();
    const loudest = samples.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
    expect(loudest).toBeCloseTo(PEAK, 10);
    expect(Math.abs(samples[0]!)).toBeLessThan(0.001);
    expect(Math.abs(samples.at(-1)!)).toBeLessThan(0.01);
  });

  it('has two tones: the second (higher) one is loudest after the first has faded', () => {
    const samples = alertSamples();
    const window = (fromS: number) => samples.subarray(Math.round(fromS * SAMPLE_RATE), Math.round((fromS + 0.05) * SAMPLE_RATE));
    // Zero crossings per 50 ms: ~2 × 659 × 0.05 ≈ 66 for E5, ~88 for A5 (overtones add a few).
    const crossings = (part: Float64Array) => part.reduce((n, v, i) => (i > 0 && Math.sign(v) !== Math.sign(part[i - 1]!) ? n + 1 : n), 0);
    const first = crossings(window(0.02));
    const second = crossings(window(0.3));
    expect(second).toBeGreaterThan(first * 1.2);
  });
});
