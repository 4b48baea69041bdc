// `npm run alert-sound`: writes resources/sounds/dispatch-alert.wav, the sound Despacho plays for a
// new alert (renderer/workspaces/dispatch/alerts). Made here, not downloaded: a short rising two-tone chime (E5 then
// A5, a fourth apart), each tone a sine with two soft overtones, a quick attack and a bell-like decay that reaches
// exactly zero, so it neither clicks nor rings on. Deterministic (no randomness, the same bytes on every run);
// scripts/build-alert-sound.test.ts fails when the committed file is not what this script makes.
//
// Format: RIFF WAVE, PCM 16-bit, mono, 22,050 Hz (what every browser's decodeAudioData reads). It is larger than
// Vite's inlining limit (4 KiB), so the build ships it as a file of the page's own origin, which the CSP allows
// (connect-src 'self'); a data: URL would not be.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ALERT_SOUND_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sounds', 'dispatch-alert.wav');

export const SAMPLE_RATE = 22_050;
/** The loudest sample as a share of full scale: an alert, not an alarm. */
export const PEAK = 0.6;

interface Tone {
  readonly hz: number;
  readonly startS: number;
  readonly lengthS: number;
  /** Decay time constant of the bell-like envelope. */
  readonly decayS: number;
}

const TONES: readonly Tone[] = [
  { hz: 659.25, startS: 0, lengthS: 0.24, decayS: 0.09 },
  { hz: 880, startS: 0.18, lengthS: 0.44, decayS: 0.16 },
];
/** Overtones (multiple of the tone, relative level): a little warmth over a pure sine. */
const OVERTONES: readonly (readonly [number, number])[] = [
  [1, 1],
  [2, 0.28],
  [3, 0.08],
];
const ATTACK_S = 0.008;
const RELEASE_S = 0.02;

/** A tone's level at `t` seconds into it: a linear attack, an exponential decay, a short linear release to zero. */
function envelope(t: number, tone: Tone): number {
  if (t < 0 || t >= tone.lengthS) return 0;
  const attack = Math.min(1, t / ATTACK_S);
  const release = Math.min(1, (tone.lengthS - t) / RELEASE_S);
  return attack * release * Math.exp(-t / tone.decayS);
}

/** The chime as samples in [-1, 1], its loudest at PEAK. */
export function alertSamples(): Float64Array {
  const end = Math.max(...TONES.map((tone) => tone.startS + tone.lengthS));
  const samples = new Float64Array(Math.ceil(end * SAMPLE_RATE));
  for (let i = 0; i < samples.length; i++) {
    const s = i / SAMPLE_RATE;
    for (const tone of TONES) {
      const level = envelope(s - tone.startS, tone);
      if (level === 0) continue;
      for (const [multiple, weight] of OVERTONES)
        samples[i]! += level * weight * Math.sin(2 * Math.PI * tone.hz * multiple * (s - tone.startS));
    }
  }
  const loudest = samples.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
  return samples.map((v) => (v / loudest) * PEAK);
}

/** The WAV file's bytes: a 44-byte RIFF header, then the samples as little-endian 16-bit integers. */
export function alertSoundWav(): Uint8Array {
  const samples = alertSamples();
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  samples.forEach((v, i) => view.setInt16(44 + i * 2, Math.round(v * 32_767), true));
  return bytes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  fs.mkdirSync(path.dirname(ALERT_SOUND_FILE), { recursive: true });
  fs.writeFileSync(ALERT_SOUND_FILE, alertSoundWav());
  process.stdout.write(`wrote ${path.relative(process.cwd(), ALERT_SOUND_FILE)}\n`);
}
