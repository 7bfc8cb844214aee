// Draws the toolbar icon at build time, so no binary image lives in the repo and nothing is downloaded.
// The picture: a rounded square with a person's head and shoulders and a small map pin — who and where.
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Supersampling per axis for smooth edges. */
const SUPERSAMPLE = 4;
const BACKGROUND: RGB = [38, 70, 140];
const FOREGROUND: RGB = [255, 255, 255];
const PIN: RGB = [250, 190, 60];

type RGB = [number, number, number];

/** Which colour covers the point (x, y) of the unit square, or null for transparent. */
function colourAt(x: number, y: number): RGB | null {
  // Rounded square, corner radius 0.2.
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Map pin (upper right): a circle with a point below it.
  const pinX = 0.72;
  const pinY = 0.3;
  const pinR = 0.13;
  const inPinHead = (x - pinX) ** 2 + (y - pinY) ** 2 <= pinR * pinR;
  const inPinTail = y >= pinY && y <= pinY + 0.27 && Math.abs(x - pinX) <= pinR * (1 - (y - pinY) / 0.27);
  if (inPinHead || inPinTail) {
    return (x - pinX) ** 2 + (y - pinY) ** 2 <= (pinR * 0.4) ** 2 ? BACKGROUND : PIN;
  }
  // Person (lower left): head and shoulders.
  const inHead = (x - 0.38) ** 2 + (y - 0.42) ** 2 <= 0.13 ** 2;
  const inShoulders = y >= 0.6 && y <= 0.86 && ((x - 0.38) / 0.26) ** 2 + ((y - 0.86) / 0.26) ** 2 <= 1;
  if (inHead || inShoulders) return FOREGROUND;
  return BACKGROUND;
}

/** RGBA pixels of the icon at one size. */
function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          red += colour[0];
          green += colour[1];
          blue += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(red / covered);
        pixels[at + 1] = Math.round(green / covered);
        pixels[at + 2] = Math.round(blue / covered);
      }
      pixels[at + 3] = Math.round((255 * covered) / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG file (8-bit RGBA, no interlace). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The icon as PNG bytes, at one of ICON_SIZES. */
export function iconPng(size: number): Buffer {
  return encodePng(size, drawIcon(size));
}
