import { deflateSync } from 'node:zlib';

/**
 * Just enough PNG writing to hand sharp an image together with its ICC profile: sharp cannot attach an
 * input profile to raw pixels, but it honours a PNG's iCCP chunk.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE), as PNG and ZIP use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type and data. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** IHDR data: 8-bit, colour type 2 (RGB) or 6 (RGBA). */
export function ihdr(width: number, height: number, channels: 3 | 4): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8;
  data[9] = channels === 4 ? 6 : 2;
  return pngChunk('IHDR', data);
}

/** iCCP chunk: profile name, NUL, compression method 0, zlib-compressed profile. */
export function iccpChunk(icc: Uint8Array, name = 'icc'): Buffer {
  return pngChunk('iCCP', Buffer.concat([Buffer.from(`${name}\0\0`, 'latin1'), deflateSync(icc)]));
}

/** A PNG of packed 8-bit pixels (no filtering, fast deflate), with the ICC profile when given. */
export function encodePng(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: 3 | 4,
  icc?: Uint8Array,
): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(width, height, channels),
    ...(icc ? [iccpChunk(icc)] : []),
    pngChunk('IDAT', deflateSync(raw, { level: 1 })),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}
