// The sound Despacho plays for a new alert: resources/sounds/dispatch-alert.wav (made by
// scripts/build-alert-sound.ts), shipped with the page and played through Web Audio — fetched from the page's own
// origin (connect-src 'self'), so the CSP needs no media source. Browsers let a page start audio only after a
// person's gesture: the first click or key press on the page (listened to while the alerts panel is shown) opens the
// audio; before it, and wherever audio fails, the alert is silent — it is still shown and announced.
import soundUrl from '../../../../../resources/sounds/dispatch-alert.wav?url';

let context: AudioContext | null = null;
let sound: Promise<AudioBuffer | null> | null = null;

function unlock(): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') context.resume().catch(() => undefined);
  } catch {
    // No audio on this machine: alerts stay visible and announced.
  }
}

const GESTURES = ['pointerdown', 'keydown'] as const;

/** Opens the audio at the page's next gestures; returns the way to stop listening. */
export function listenForGestures(): () => void {
  GESTURES.forEach((name) => window.addEventListener(name, unlock, { capture: true, passive: true }));
  return () => GESTURES.forEach((name) => window.removeEventListener(name, unlock, { capture: true }));
}

function decoded(audio: AudioContext): Promise<AudioBuffer | null> {
  sound ??= fetch(soundUrl)
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(String(response.status)))))
    .then((bytes) => audio.decodeAudioData(bytes))
    .catch(() => {
      sound = null; // tried again at the next alert
      return null;
    });
  return sound;
}

/** Plays the alert sound once, if the page may play audio now; fails silently. */
export function playAlertSound(): void {
  const audio = context;
  if (audio === null || audio.state !== 'running') return;
  void decoded(audio).then((buffer) => {
    if (buffer === null) return;
    try {
      const source = audio.createBufferSource();
      source.buffer = buffer;
      source.connect(audio.destination);
      source.start();
    } catch {
      // The audio device went away: silent, as before a gesture.
    }
  });
}
