/**
 * Content checks of our own, for the cases where file-type is weak: HEIF/AVIF brands in an ISO-BMFF
 * `ftyp` box, MP3 and AAC streams without a header at byte 0, Matroska vs WebM, RIFF and Ogg, and plain
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

// MPEG audio: bitrates (kbit/s) for MPEG-1 layer III and MPEG-2/2.5 layer III; sample rates by version.
const MP3_BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** Length of an MPEG-1/2/2.5 layer III frame starting at `at`, or 0 when there is no valid header. */
function mp3FrameLength(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) return 0;
  const b1 = bytes[at + 1]!;
  const b2 = bytes[at + 2]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return 0;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  if (version === 1 || layer !== 1) return 0;
  const bitrate = (version === 3 ? MP3_BITRATES_V1 : MP3_BITRATES_V2)[(b2 >> 4) & 15];
  const rate = SAMPLE_RATES[version]?.[(b2 >> 2) & 3];
  if (!bitrate || !rate) return 0;
  const padding = (b2 >> 1) & 1;
  return Math.floor(((version === 3 ? 144 : 72) * bitrate * 1000) / rate) + padding;
}

/** Length of an AAC ADTS frame starting at `at`, or 0 when there is no valid header. */
function adtsFrameLength(bytes: Uint8Array, at: number): number {
  if (at + 7 > bytes.length) return 0;
  if (bytes[at] !== 0xff || (bytes[at + 1]! & 0xf6) !== 0xf0) return 0;
  if (((bytes[at + 2]! >> 2) & 15) > 12) return 0;
  const length = ((bytes[at + 3]! & 3) << 11) | (bytes[at + 4]! << 3) | (bytes[at + 5]! >> 5);
  return length >= 7 ? length : 0;
}

/** Three frames in a row, somewhere in the head (tolerates leading junk or padding). */
function findFrames(bytes: Uint8Array, frameLength: (b: Uint8Array, at: number) => number): boolean {
  for (let at = 0; at + 4 < bytes.length; at++) {
    let next = at;
    let frames = 0;
    for (let length = frameLength(bytes, next); length > 0 && frames < 3; length = frameLength(bytes, next)) {
      frames++;
      next += length;
    }
    if (frames >= 3) return true;
  }
  return false;
}

/** Skips a leading ID3v2 tag; returns the offset of what follows (it may lie beyond the head). */
export function id3End(head: Uint8Array): number {
  if (head.length < 10 || ascii(head, 0, 3) !== 'ID3') return 0;
  const size =
    ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
  return 10 + size + ((head[5]! & 0x10) !== 0 ? 10 : 0);
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
  const afterId3 = id3End(head);
  // An ID3 tag is (almost) only ever put in front of MP3 audio; a big one (cover art) fills the head.
  if (afterId3 > 0 && (afterId3 >= head.length - 4 || mp3FrameLength(head, afterId3) > 0)) {
    return { format: 'mp3', mime: 'audio/mpeg' };
  }
  const body = head.subarray(afterId3);
  if (findFrames(body, adtsFrameLength)) return { format: 'aac', mime: 'audio/aac' };
  if (findFrames(body, mp3FrameLength)) return { format: 'mp3', mime: 'audio/mpeg' };
  return textKind(head);
}
