import { open } from 'node:fs/promises';

/**
 * Which FFmpeg demuxer may open a file, decided from its first bytes. This verdict binds every FFmpeg call
 * on user media (see bound-input.ts and av/job.ts): a file FFmpeg would read as something else (a DASH manifest behind a
 * few MP3 frame headers, an HLS playlist wrapped in ID3) is opened only by the demuxer named here, or not
 * at all. Playlists, manifests, ffconcat scripts and text never get a demuxer.
 */
export type Demuxer = 'mov' | 'matroska' | 'avi' | 'wav' | 'ogg' | 'mp3' | 'aac';

export const DEMUXERS: readonly Demuxer[] = ['mov', 'matroska', 'avi', 'wav', 'ogg', 'mp3', 'aac'];

/** Joy's audio and video formats (MediaInfo.format) and the one demuxer each is read with. */
export const DEMUXER_OF_FORMAT: Readonly<Record<string, Demuxer>> = {
  mp4: 'mov',
  mov: 'mov',
  m4a: 'mov',
  webm: 'matroska',
  mkv: 'matroska',
  avi: 'avi',
  wav: 'wav',
  ogg: 'ogg',
  mp3: 'mp3',
  aac: 'aac',
};

const HEAD_BYTES = 64;

const ascii = (bytes: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

// MPEG audio layer III: bitrates (kbit/s) for MPEG-1 and MPEG-2/2.5; sample rates by version.
const MP3_BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** Length of an MPEG-1/2/2.5 layer III frame starting at `at`, or 0 when there is no valid header. */
export function mp3FrameLength(bytes: Uint8Array, at: number): number {
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
export function adtsFrameLength(bytes: Uint8Array, at: number): number {
  if (at + 7 > bytes.length) return 0;
  if (bytes[at] !== 0xff || (bytes[at + 1]! & 0xf6) !== 0xf0) return 0;
  if (((bytes[at + 2]! >> 2) & 15) > 12) return 0;
  const length = ((bytes[at + 3]! & 3) << 11) | (bytes[at + 4]! << 3) | (bytes[at + 5]! >> 5);
  return length >= 7 ? length : 0;
}

/** Offset just past a leading ID3v2 tag (0 when there is none); it may lie beyond the head. */
export function id3End(head: Uint8Array): number {
  if (head.length < 10 || ascii(head, 0, 3) !== 'ID3') return 0;
  const size =
    ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
  return 10 + size + ((head[5]! & 0x10) !== 0 ? 10 : 0);
}

const HEIF_LIKE = /^(hei[cxms]|hev[cxms]|mif1|msf1|avi[fs])$/;

/** The demuxer for a container recognisable from its first bytes (never MP3 or AAC: see below). */
function boxedContainer(head: Uint8Array): Demuxer | undefined {
  const four = ascii(head, 0, 4);
  if (ascii(head, 4, 8) === 'ftyp') return HEIF_LIKE.test(ascii(head, 8, 12)) ? undefined : 'mov';
  if (four === 'RIFF') {
    const form = ascii(head, 8, 12);
    if (form === 'AVI ') return 'avi';
    if (form === 'WAVE') return 'wav';
    return undefined;
  }
  if (four === 'OggS') return 'ogg';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'matroska';
  // QuickTime files written before `ftyp` existed start with a movie or data atom.
  const atom = ascii(head, 4, 8);
  if (atom === 'moov' || atom === 'mdat' || atom === 'wide' || atom === 'free') return 'mov';
  return undefined;
}

/** MP3 or ADTS only when a frame header sits exactly at `at`: the start of the file or the end of its ID3 tag. */
function elementaryAudio(bytes: Uint8Array, at: number): Demuxer | undefined {
  if (mp3FrameLength(bytes, at) > 0) return 'mp3';
  if (adtsFrameLength(bytes, at) > 0) return 'aac';
  return undefined;
}

/**
 * The demuxer for a file's head, or undefined when FFmpeg must not open it. `afterTag` holds the bytes at
 * the end of a leading ID3 tag when that lies beyond the head.
 */
export function demuxerOfHead(head: Uint8Array, afterTag?: Uint8Array): Demuxer | undefined {
  const tagEnd = id3End(head);
  if (tagEnd > 0) {
    if (tagEnd + 4 <= head.length) return elementaryAudio(head, tagEnd);
    return afterTag ? elementaryAudio(afterTag, 0) : undefined;
  }
  return boxedContainer(head) ?? elementaryAudio(head, 0);
}

/** The demuxer for a file on disk (reads its first bytes, and those after a large ID3 tag). */
export async function demuxerOfFile(path: string): Promise<Demuxer | undefined> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    const bytes = head.subarray(0, bytesRead);
    const tagEnd = id3End(bytes);
    if (tagEnd === 0 || tagEnd + 4 <= bytes.length) return demuxerOfHead(bytes);
    const after = Buffer.alloc(8);
    const { bytesRead: afterRead } = await handle.read(after, 0, 8, tagEnd);
    return demuxerOfHead(bytes, after.subarray(0, afterRead));
  } finally {
    await handle.close();
  }
}
