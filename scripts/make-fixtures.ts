/**
 * Fixtures for the ingest tests, made from nothing with sharp and the ffmpeg Joy uses. Tests import these
 * functions and write into a temporary folder; run the file to write them all somewhere to look at:
 *
 *   node --import tsx scripts/make-fixtures.ts [folder]        (default: a new temporary folder)
 *   node --import tsx scripts/make-fixtures.ts --heic          (re-create test/fixtures/*.heic; needs heif-enc)
 *
 * HEIC cannot be encoded by sharp's prebuilt libvips or by the bundled ffmpeg, so the two HEIC files are
 * committed; `--heic` shows how they were made (Debian: `apt-get install libheif-examples`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { crc32, encodePng, ihdr, PNG_SIGNATURE, pngChunk } from '../src/ingest/png-chunks.js';
import { ffmpeg } from '../test/helpers/ffmpeg-cli.js';

const run = promisify(execFile);

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
/** 160×120, quadrants red (top left), green (top right), blue (bottom left), white (bottom right). */
export const HEIC_FIXTURE = join(FIXTURES_DIR, 'photo.heic');
/** The same quadrants as sRGB colours stored in Display P3 (with the profile embedded). */
export const HEIC_P3_FIXTURE = join(FIXTURES_DIR, 'photo-p3.heic');
/** A real face photo (the astronaut portrait of test/fixtures/analyse) as HEIC, 320 px on the long side. */
export const HEIC_FACE_FIXTURE = join(FIXTURES_DIR, 'face.heic');

export function makeTempDir(prefix = 'joy-ingest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

type Rgb = readonly [number, number, number];
export const RED: Rgb = [255, 0, 0];
export const GREEN: Rgb = [0, 255, 0];
export const BLUE: Rgb = [0, 0, 255];
export const WHITE: Rgb = [255, 255, 255];
export const BLACK: Rgb = [0, 0, 0];

/** Raw RGB pixels from a colour function. */
export function rgbPixels(width: number, height: number, color: (x: number, y: number) => Rgb): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(color(x, y), (y * width + x) * 3);
  }
  return data;
}

/** Red, green, blue and white quadrants (top left, top right, bottom left, bottom right). */
export function quadrants(width: number, height: number): Buffer {
  return rgbPixels(width, height, (x, y) =>
    y < height / 2 ? (x < width / 2 ? RED : GREEN) : x < width / 2 ? BLUE : WHITE,
  );
}

/**
 * A JPEG whose stored pixels are landscape (80×40, red top-left quadrant on black) with EXIF orientation 6
 * ("rotate 90° clockwise to view"). Upright it is 40×80 portrait with the red block at the top right.
 * It also carries a capture date.
 */
export async function orientedJpeg(dir: string, name = 'oriented.jpg'): Promise<string> {
  const path = join(dir, name);
  const pixels = rgbPixels(80, 40, (x, y) => (x < 40 && y < 20 ? RED : BLACK));
  await sharp(pixels, { raw: { width: 80, height: 40, channels: 3 } })
    .jpeg({ quality: 95 })
    .withExif({ IFD2: { DateTimeOriginal: '2023:07:14 10:20:30', OffsetTimeOriginal: '+02:00' } })
    .withMetadata({ orientation: 6 })
    .toFile(path);
  return path;
}

/**
 * A PNG of stored values `color`, tagged with sharp's built-in Display P3 profile but NOT converted to it:
 * the numbers in the file are P3 numbers. (sharp's `withIccProfile('p3')` would convert sRGB to P3 first,
 * so the iCCP chunk is added by hand.)
 */
export async function p3Png(dir: string, color: Rgb, name = 'p3.png'): Promise<string> {
  const profile = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .withIccProfile('p3')
    .png()
    .toBuffer()
    .then((png) => sharp(png).metadata());
  const path = join(dir, name);
  writeFileSync(
    path,
    encodePng(
      rgbPixels(8, 8, () => color),
      8,
      8,
      3,
      profile.icc,
    ),
  );
  return path;
}

/** A noisy 320×240 JPEG cut off halfway through its data. */
export async function truncatedJpeg(dir: string, name = 'truncated.jpg'): Promise<string> {
  const full = await sharp({
    create: {
      width: 320,
      height: 240,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg()
    .toBuffer();
  const path = join(dir, name);
  writeFileSync(path, full.subarray(0, Math.floor(full.length / 2)));
  return path;
}

/** A small photo: quadrants (or a solid colour) in any format sharp writes. */
export async function photo(
  dir: string,
  name: string,
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif',
  size: { width: number; height: number } = { width: 64, height: 48 },
): Promise<string> {
  const path = join(dir, name);
  const image = sharp(quadrants(size.width, size.height), { raw: { ...size, channels: 3 } });
  if (format === 'avif') await image.avif({ quality: 80, effort: 0 }).toFile(path);
  else if (format === 'webp') await image.webp({ lossless: true }).toFile(path);
  else await image.toFormat(format).toFile(path);
  return path;
}

/** An animated GIF, 32×24: frame 1 solid red, frame 2 solid blue. */
export async function animatedGif(dir: string, name = 'animated.gif'): Promise<string> {
  const path = join(dir, name);
  const frames = Buffer.concat([rgbPixels(32, 24, () => RED), rgbPixels(32, 24, () => BLUE)]);
  await sharp(frames, { raw: { width: 32, height: 48, channels: 3, pageHeight: 24 } })
    .gif({ delay: [100, 100], loop: 0 })
    .toFile(path);
  return path;
}

/** A PNG with transparency: left half opaque white, right half fully transparent white. */
export async function transparentPng(dir: string, name = 'alpha.png'): Promise<string> {
  const path = join(dir, name);
  const data = Buffer.alloc(16 * 8 * 4, 255);
  for (let y = 0; y < 8; y++) for (let x = 8; x < 16; x++) data[(y * 16 + x) * 4 + 3] = 0;
  await sharp(data, { raw: { width: 16, height: 8, channels: 4 } })
    .png()
    .toFile(path);
  return path;
}

/**
 * A pixel bomb: a 100-byte PNG whose header claims 50 000 × 50 000 pixels (2.5 gigapixels). The IHDR has a
 * valid CRC and there is a (tiny, useless) IDAT, so the header reads cleanly.
 */
export function pixelBombPng(dir: string, name = 'bomb.png', side = 50_000): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    Buffer.concat([
      PNG_SIGNATURE,
      ihdr(side, side, 3),
      pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
      pngChunk('IEND', new Uint8Array(0)),
    ]),
  );
  return path;
}

/**
 * A big JPEG made cheaply: a 16×16 colour grid scaled up with nearest-neighbour (so every cell is one flat
 * colour), written without optimised Huffman coding so the encoder streams instead of buffering the image.
 * Cell (cx, cy) has colour (cx·16, cy·16, 128).
 */
export async function bigJpeg(
  dir: string,
  width = 12_000,
  height = 8_000,
  name = 'big.jpg',
): Promise<string> {
  const path = join(dir, name);
  const grid = rgbPixels(16, 16, (x, y) => [x * 16, y * 16, 128]);
  await sharp(grid, { raw: { width: 16, height: 16, channels: 3 } })
    .resize(width, height, { kernel: 'nearest', fit: 'fill' })
    .jpeg({ quality: 85, optimiseCoding: false })
    .toFile(path);
  return path;
}

export function writeText(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function emptyFile(dir: string, name = 'empty.jpg'): string {
  return writeText(dir, name, '');
}

/** A minimal but well-formed PDF (one empty page). */
export function pdfFile(dir: string, name = 'holiday.jpg'): string {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(body.length);
    body += object;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return writeText(dir, name, body);
}

/** A ZIP archive holding one stored (uncompressed) text file. */
export function zipFile(dir: string, name = 'photos.jpg'): string {
  const fileName = Buffer.from('note.txt');
  const content = Buffer.from('not a photo\n');
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4); // version needed
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralOffset = local.length + fileName.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([local, fileName, content, central, fileName, end]));
  return path;
}

async function ffmpegRun(args: string[]): Promise<void> {
  await run(ffmpeg().path, ['-hide_banner', '-v', 'error', '-y', ...args], { timeout: 30_000 });
}

export type VideoFormat = 'mp4' | 'mov' | 'webm' | 'mkv' | 'avi';
const VIDEO_CODEC: Record<VideoFormat, string[]> = {
  mp4: ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
  mov: ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
  mkv: ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
  webm: ['-c:v', 'libvpx', '-deadline', 'realtime', '-b:v', '200k'],
  avi: ['-c:v', 'mpeg4', '-q:v', '5'],
};
const AUDIO_FOR_VIDEO: Record<VideoFormat, string[]> = {
  mp4: ['-c:a', 'aac'],
  mov: ['-c:a', 'aac'],
  mkv: ['-c:a', 'aac'],
  webm: ['-c:a', 'libvorbis'],
  avi: ['-c:a', 'libmp3lame'],
};

/**
 * Marks an MP4/MOV's first track as "display rotated 90° clockwise", the way phones record portrait video:
 * the stored frames stay landscape and the track header's matrix says how to turn them. (The bundled
 * ffmpeg 4.1 ignores `-metadata rotate=`, so the `tkhd` matrix is written by hand.)
 */
export function rotateMp4Quarter(path: string): void {
  const data = readFileSync(path);
  const at = data.indexOf('tkhd');
  if (at < 0 || data[at + 4] !== 0) throw new Error(`no version-0 tkhd box in ${path}`);
  const height = data.readUInt32BE(at + 4 + 80) >>> 16;
  const matrix = at + 4 + 40;
  const values = [0, 0x10000, 0, -0x10000, 0, 0, height * 0x10000, 0, 0x40000000];
  values.forEach((value, i) => {
    data.writeInt32BE(value, matrix + i * 4);
  });
  writeFileSync(path, data);
}

/** A 0.5 s 160×90 `testsrc` clip at 10 fps; with a 440 Hz tone when `audio`; portrait by rotation when asked. */
export async function videoClip(
  dir: string,
  format: VideoFormat,
  options: { audio?: boolean; rotated?: boolean; name?: string } = {},
): Promise<string> {
  const path = join(dir, options.name ?? `clip-${format}${options.audio ? '-audio' : ''}.${format}`);
  const inputs = ['-f', 'lavfi', '-i', 'testsrc=size=160x90:rate=10:duration=0.5'];
  if (options.audio) inputs.push('-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.5');
  const audio = options.audio ? [...AUDIO_FOR_VIDEO[format], '-shortest'] : [];
  await ffmpegRun([
    ...inputs,
    ...VIDEO_CODEC[format],
    ...audio,
    '-f',
    format === 'mkv' ? 'matroska' : format,
    path,
  ]);
  if (options.rotated) rotateMp4Quarter(path);
  return path;
}

export type AudioFormat = 'mp3' | 'wav' | 'm4a' | 'aac' | 'ogg';
const AUDIO_ARGS: Record<AudioFormat, string[]> = {
  mp3: ['-c:a', 'libmp3lame', '-f', 'mp3'],
  wav: ['-c:a', 'pcm_s16le', '-f', 'wav'],
  m4a: ['-c:a', 'aac', '-f', 'ipod'],
  aac: ['-c:a', 'aac', '-f', 'adts'],
  ogg: ['-c:a', 'libvorbis', '-f', 'ogg'],
};

/** A 0.5 s 440 Hz tone. `bare` MP3s have no ID3 tag and no Xing header: the file starts with a frame. */
export async function audioClip(
  dir: string,
  format: AudioFormat,
  options: { bare?: boolean; name?: string } = {},
): Promise<string> {
  const path = join(dir, options.name ?? `tone${options.bare ? '-bare' : ''}.${format}`);
  const bare =
    options.bare && format === 'mp3'
      ? ['-write_xing', '0', '-id3v2_version', '0', '-map_metadata', '-1']
      : [];
  await ffmpegRun([
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=0.5',
    ...AUDIO_ARGS[format],
    ...bare,
    path,
  ]);
  return path;
}

/** An ISO-BMFF `.mp4` (brand isom) that holds only sound: a voice memo, say. */
export async function audioOnlyMp4(dir: string, name = 'voice.mp4'): Promise<string> {
  const path = join(dir, name);
  await ffmpegRun(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=0.5', '-c:a', 'aac', '-f', 'mp4', path]);
  return path;
}

/** Re-creates the committed HEIC fixtures with libheif's heif-enc (x265). */
export async function makeHeicFixtures(): Promise<void> {
  const dir = makeTempDir('joy-heic-');
  const srgb = join(dir, 'quadrants.jpg');
  const p3 = join(dir, 'quadrants-p3.png');
  await sharp(quadrants(160, 120), { raw: { width: 160, height: 120, channels: 3 } })
    .jpeg({ quality: 95 })
    .toFile(srgb);
  await sharp(quadrants(160, 120), { raw: { width: 160, height: 120, channels: 3 } })
    .withIccProfile('p3')
    .png()
    .toFile(p3);
  await run('heif-enc', ['-q', '90', '-o', HEIC_FIXTURE, srgb]);
  await run('heif-enc', ['-q', '90', '-o', HEIC_P3_FIXTURE, p3]);
  const face = join(dir, 'face.jpg');
  await sharp(join(FIXTURES_DIR, 'analyse', 'astronaut.jpg'))
    .resize(320, 320, { fit: 'inside' })
    .jpeg({ quality: 95 })
    .toFile(face);
  await run('heif-enc', ['-q', '70', '-o', HEIC_FACE_FIXTURE, face]);
}

/** Everything above, into one folder. */
export async function makeAllFixtures(dir: string): Promise<string[]> {
  const made = [
    await orientedJpeg(dir),
    await p3Png(dir, [200, 80, 60]),
    await truncatedJpeg(dir),
    await photo(dir, 'photo.png', 'png'),
    await photo(dir, 'photo.webp', 'webp'),
    await photo(dir, 'photo.avif', 'avif'),
    await animatedGif(dir),
    await transparentPng(dir),
    pixelBombPng(dir),
    await bigJpeg(dir),
    emptyFile(dir),
    pdfFile(dir),
    zipFile(dir),
    writeText(dir, 'notes.jpg', 'Just some text, not a photo.\n'),
  ];
  for (const format of ['mp4', 'mov', 'webm', 'mkv', 'avi'] as const) made.push(await videoClip(dir, format));
  made.push(
    await videoClip(dir, 'mp4', { audio: true }),
    await videoClip(dir, 'mp4', { rotated: true, name: 'rotated.mp4' }),
  );
  for (const format of ['mp3', 'wav', 'm4a', 'aac', 'ogg'] as const) made.push(await audioClip(dir, format));
  made.push(await audioClip(dir, 'mp3', { bare: true }));
  return made;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  if (arg === '--heic') {
    await makeHeicFixtures();
    console.log(`wrote ${HEIC_FIXTURE} and ${HEIC_P3_FIXTURE}`);
  } else {
    const dir = arg ?? makeTempDir('joy-fixtures-');
    for (const path of await makeAllFixtures(dir)) console.log(path);
  }
}
