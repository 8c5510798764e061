import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** Colours of the test photos: each export frame can be told apart by its dominant channel. */
export const PHOTO_COLOURS = {
  beach: [40, 120, 230],
  forest: [40, 190, 80],
  sunset: [235, 90, 40],
} as const satisfies Record<string, readonly [number, number, number]>;

/** A 480×360 photo: a gradient of one colour, a sun and hills (small, so uploads and renders stay quick). */
async function photo(path: string, [r, g, b]: readonly [number, number, number]): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="rgb(${r >> 1},${g >> 1},${b >> 1})"/>
    </linearGradient></defs>
    <rect width="480" height="360" fill="url(#g)"/>
    <circle cx="320" cy="120" r="46" fill="rgba(255,255,255,0.55)"/>
    <path d="M0 300 L120 200 L230 290 L330 210 L480 310 L480 360 L0 360 Z" fill="rgba(0,0,0,0.35)"/>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path);
  return path;
}

/** A mono 16-bit WAV: a 220 Hz tone with a pulse every half second (so the waveform has shape). */
async function wav(path: string, seconds: number): Promise<string> {
  const rate = 22_050;
  const samples = Math.round(rate * seconds);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const t = i / rate;
    const envelope = 0.25 + 0.7 * Math.exp(-((t % 0.5) * 8));
    data.writeInt16LE(Math.round(Math.sin(2 * Math.PI * 220 * t) * envelope * 32_000 * 0.8), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  await writeFile(path, Buffer.concat([header, data]));
  return path;
}

export interface Files {
  beach: string;
  forest: string;
  sunset: string;
  /** A real HEIC (HEVC) photo from test/fixtures. */
  heic: string;
  music: string;
  /** Text named .txt: refused by content. */
  notes: string;
  /** Text named .jpg: the browser takes it for a picture, the server refuses it. */
  broken: string;
}

export async function makeFiles(dir: string, root: string): Promise<Files> {
  const heic = join(dir, 'quadrants.heic');
  await copyFile(join(root, 'test/fixtures/photo.heic'), heic);
  const notes = join(dir, 'notes.txt');
  await writeFile(notes, 'not a photo\n');
  const broken = join(dir, 'broken.jpg');
  await writeFile(broken, 'this is not a picture either\n');
  return {
    beach: await photo(join(dir, 'beach.jpg'), PHOTO_COLOURS.beach),
    forest: await photo(join(dir, 'forest.jpg'), PHOTO_COLOURS.forest),
    sunset: await photo(join(dir, 'sunset.jpg'), PHOTO_COLOURS.sunset),
    heic,
    music: await wav(join(dir, 'lofi.wav'), 3),
    notes,
    broken,
  };
}
