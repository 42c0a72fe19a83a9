import { inflateSync } from 'node:zlib';

/** An 8-bit RGB(A) image: what Chromium's screenshots are. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** Bytes per pixel: 3 (RGB) or 4 (RGBA). */
  readonly channels: number;
  readonly pixels: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row PNG filters (RFC 2083, 6.2) in place, row by row. */
function unfilter(raw: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= bpp ? (out[y * stride + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= bpp && y > 0 ? (out[(y - 1) * stride + x - bpp] ?? 0) : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter] ?? 0;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

/** Decodes a non-interlaced 8-bit RGB or RGBA PNG (enough for the tests' screenshots). */
export function decodePng(png: Buffer): RgbImage {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bitDepth = png[24];
  const colorType = png[25];
  if (bitDepth !== 8 || (colorType !== 2 && colorType !== 6) || png[28] !== 0) {
    throw new Error(`Unsupported PNG (bit depth ${bitDepth}, colour type ${colorType})`);
  }
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : 3;
  return {
    width,
    height,
    channels,
    pixels: unfilter(inflateSync(Buffer.concat(idat)), width, height, channels),
  };
}

/** How many pixels are within `tolerance` of one of `colors` (`#rrggbb`) on every channel. */
export function countPixelsNear(image: RgbImage, colors: readonly string[], tolerance = 24): number {
  const targets = colors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  let count = 0;
  for (let i = 0; i < image.pixels.length; i += image.channels) {
    const r = image.pixels[i] ?? 0;
    const g = image.pixels[i + 1] ?? 0;
    const b = image.pixels[i + 2] ?? 0;
    if (
      targets.some(
        ([tr = 0, tg = 0, tb = 0]) =>
          Math.abs(r - tr) < tolerance && Math.abs(g - tg) < tolerance && Math.abs(b - tb) < tolerance,
      )
    )
      count += 1;
  }
  return count;
}
