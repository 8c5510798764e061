import { demuxerOfHead, id3End } from '../media/index.js';

/**
 * Content checks of our own, for the cases where file-type is weak: HEIF/AVIF brands in an ISO-BMFF
 * `ftyp` box, MP3 and AAC streams (a frame header at byte 0 or after an ID3 tag), Matroska vs WebM, RIFF and Ogg, and plain
 * text. Each works on the first few kilobytes of a file.
 */

export interface HeadMatch {
  /** Canonical format (MediaInfo.format) when supported, else a file-type style ext such as "txt". */
  format: string;
  mime: string;
}

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** Major and compatible brands of a leading `ftyp` box, or undefined when there is none. */
export function ftypBrands(head: Uint8Array): { major: string; compatible: string[] } | undefined {
  if (head.length < 16 || ascii(head, 4, 8) !== 'ftyp') return undefined;
  const size = Math.min(uint32(head, 0), head.length);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= size; at += 4) compatible.push(ascii(head, at, at + 4));
  return { major: ascii(head, 8, 12), compatible };
}

/**
 * HEIF and AVIF by brand. file-type calls any `mif1` file HEIC, even an AVIF whose compatible brands say
 * `avif`; the AV1 brands win here because sharp decodes AVIF natively.
 */
export function heifFromBrands(head: Uint8Array): HeadMatch | undefined {
  const brands = ftypBrands(head);
  if (!brands) return undefined;
  const all = [brands.major, ...brands.compatible];
  const imageLike = HEIF_BRANDS.has(brands.major) || AVIF_BRANDS.has(brands.major);
  if (AVIF_BRANDS.has(brands.major) || (imageLike && all.some((b) => AVIF_BRANDS.has(b)))) {
    return { format: 'avif', mime: 'image/avif' };
  }
  if (imageLike) return { format: 'heif', mime: brands.major === 'heic' ? 'image/heic' : 'image/heif' };
  return undefined;
}

/** Matroska's DocType ("webm" or "matroska") from the EBML header. */
function ebmlDocType(head: Uint8Array): string | undefined {
  for (let at = 4; at + 3 < Math.min(head.length, 256); at++) {
    if (head[at] !== 0x42 || head[at + 1] !== 0x82) continue;
    const sizeByte = head[at + 2]!;
    if ((sizeByte & 0x80) === 0) continue; // only one-byte sizes occur in practice
    const length = sizeByte & 0x7f;
    return ascii(head, at + 3, at + 3 + length).replace(/\0+$/, '');
  }
  return undefined;
}

/** Where the last complete UTF-8 character ends (the head may cut one in two). */
function utf8End(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Likely text: no NUL bytes and valid UTF-8 (ignoring a character cut at the end of the head). */
export function textKind(head: Uint8Array): HeadMatch | undefined {
  if (head.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, utf8End(head)));
  } catch {
    return undefined;
  }
  const controls = text.match(/[\x01-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (controls > text.length / 100) return undefined;
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/.test(start)) {
    return { format: 'svg', mime: 'image/svg+xml' };
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html'))
    return { format: 'html', mime: 'text/html' };
  return { format: 'txt', mime: 'text/plain' };
}

/** Our own verdict on a file's head, used when file-type finds nothing. */
export function detectFromHead(head: Uint8Array): HeadMatch | undefined {
  const heif = heifFromBrands(head);
  if (heif) return heif;
  const four = ascii(head, 0, 4);
  if (four === 'RIFF') {
    const form = ascii(head, 8, 12);
    if (form === 'WAVE') return { format: 'wav', mime: 'audio/wav' };
    if (form === 'AVI ') return { format: 'avi', mime: 'video/x-msvideo' };
    if (form === 'WEBP') return { format: 'webp', mime: 'image/webp' };
  }
  if (four === 'OggS') return { format: 'ogg', mime: 'audio/ogg' };
  if (uint32(head, 0) === 0x1a45dfa3) {
    return ebmlDocType(head) === 'webm'
      ? { format: 'webm', mime: 'video/webm' }
      : { format: 'mkv', mime: 'video/x-matroska' };
  }
  // MP3 and AAC only with a frame header at byte 0 or right after an ID3 tag: frame headers found further
  // in are how a playlist or manifest passes for audio.
  const audio = demuxerOfHead(head);
  if (audio === 'mp3') return { format: 'mp3', mime: 'audio/mpeg' };
  if (audio === 'aac') return { format: 'aac', mime: 'audio/aac' };
  if (id3End(head) > 0) return undefined;
  return textKind(head);
}
