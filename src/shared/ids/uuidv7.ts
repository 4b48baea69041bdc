// UUIDv7 (RFC 9562): 48-bit Unix ms timestamp, then random bits. Time-ordered, so ids sort by creation.

export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => void;

const webRandom: RandomBytes = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const bytes = new Uint8Array(16); // reused: ids are made one at a time, synchronously

export function uuidv7(nowMs: number = Date.now(), fillRandom: RandomBytes = webRandom): string {
  fillRandom(bytes);
  let ms = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[bytes[i]!];
  }
  return out;
}

export const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
