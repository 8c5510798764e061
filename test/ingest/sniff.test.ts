import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  audioClip,
  emptyFile,
  HEIC_FIXTURE,
  makeTempDir,
  pdfFile,
  photo,
  videoClip,
  writeText,
  zipFile,
} from '../../scripts/make-fixtures.js';
import { sniffFile } from '../../src/ingest/index.js';
import { detectFromHead, heifFromBrands } from '../../src/ingest/magic.js';
import { joyError } from './helpers.js';

const dir = makeTempDir();
after(() => rmSync(dir, { recursive: true, force: true }));

describe('sniffFile decides by content, never by name', () => {
  const made: Record<string, string> = {};
  before(async () => {
    // Every file is saved under a misleading name.
    made.jpeg = await photo(dir, 'jpeg-as.png', 'jpeg');
    made.png = await photo(dir, 'png-as.jpg', 'png');
    made.webp = await photo(dir, 'webp-as.gif', 'webp');
    made.avif = await photo(dir, 'avif-as.jpg', 'avif');
    made.gif = await photo(dir, 'gif-as.webp', 'gif');
    made.heif = join(dir, 'heic-as.jpg');
    copyFileSync(HEIC_FIXTURE, made.heif);
    for (const format of ['mp4', 'mov', 'webm', 'mkv', 'avi'] as const) {
      made[format] = await videoClip(dir, format, { name: `${format}-as.mp3` });
    }
    for (const format of ['mp3', 'wav', 'm4a', 'aac', 'ogg'] as const) {
      made[format] = await audioClip(dir, format, { name: `${format}-as.mp4` });
    }
    made['mp3 (bare)'] = await audioClip(dir, 'mp3', { bare: true, name: 'bare.bin' });
  });

  const expected: [string, string, string][] = [
    ['jpeg', 'image', 'jpeg'],
    ['png', 'image', 'png'],
    ['webp', 'image', 'webp'],
    ['avif', 'image', 'avif'],
    ['gif', 'image', 'gif'],
    ['heif', 'image', 'heif'],
    ['mp4', 'video', 'mp4'],
    ['mov', 'video', 'mov'],
    ['webm', 'video', 'webm'],
    ['mkv', 'video', 'mkv'],
    ['avi', 'video', 'avi'],
    ['mp3', 'audio', 'mp3'],
    ['mp3 (bare)', 'audio', 'mp3'],
    ['wav', 'audio', 'wav'],
    ['m4a', 'audio', 'm4a'],
    ['aac', 'audio', 'aac'],
    ['ogg', 'audio', 'ogg'],
  ];
  for (const [key, kind, format] of expected) {
    test(key, async () => {
      const result = await sniffFile(made[key]!);
      assert.equal(result.kind, kind);
      assert.equal(result.format, format);
      assert.ok(result.sizeBytes > 0);
    });
  }

  test('an AVIF whose major brand is mif1 is AVIF (file-type would say HEIC)', async () => {
    const path = join(dir, 'mif1.avif');
    const bytes = readFileSync(made.avif!);
    bytes.write('mif1', 8, 'latin1');
    writeFileSync(path, bytes);
    assert.equal((await sniffFile(path)).format, 'avif');
  });
});

describe('sniffFile refuses what Joy cannot use, in plain words', () => {
  test('a PDF named .jpg', async () => {
    const error = await joyError(() => sniffFile(pdfFile(dir, 'holiday.jpg')));
    assert.equal(error.code, 'unsupported_type');
    assert.equal(error.file, 'holiday.jpg');
    assert.match(
      error.message,
      /^holiday\.jpg is a PDF document, not a photo, video or audio file\. Joy accepts .*JPG.*HEIC.*MP4.*MP3/,
    );
    assert.ok(error.hint);
  });

  test('a ZIP named .jpg', async () => {
    const error = await joyError(() => sniffFile(zipFile(dir, 'photos.jpg')));
    assert.equal(error.code, 'unsupported_type');
    assert.match(error.message, /^photos\.jpg is a ZIP archive/);
  });

  test('a text file named .jpg', async () => {
    const error = await joyError(() => sniffFile(writeText(dir, 'notes.jpg', 'Dear diary, today…\n')));
    assert.equal(error.code, 'unsupported_type');
    assert.match(error.message, /^notes\.jpg is a text file/);
  });

  test('an SVG is named as a drawing', async () => {
    const path = writeText(
      dir,
      'logo.png',
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    );
    assert.match(
      (await joyError(() => sniffFile(path))).message,
      /^logo\.png is an SVG drawing, a format Joy does not read/,
    );
  });

  test('random bytes are "not a file Joy recognises"', async () => {
    const path = join(dir, 'noise.jpg');
    writeFileSync(path, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 251)));
    const error = await joyError(() => sniffFile(path));
    assert.equal(error.code, 'unsupported_type');
    assert.match(error.message, /^noise\.jpg is not a photo, video or audio file that Joy recognises/);
  });

  test('a zero-byte file', async () => {
    const error = await joyError(() => sniffFile(emptyFile(dir, 'empty.jpg')));
    assert.equal(error.code, 'empty_file');
    assert.match(error.message, /^empty\.jpg is empty/);
  });

  test('a missing file', async () => {
    const error = await joyError(() => sniffFile(join(dir, 'nope.jpg'), 'My photo.jpg'));
    assert.equal(error.code, 'not_found');
    assert.equal(error.message, 'My photo.jpg could not be found.');
  });

  test('a file over the size limit is refused from its size alone (a sparse 300 MB file, never read)', async () => {
    const path = join(dir, 'huge.mp4');
    writeFileSync(path, '');
    truncateSync(path, 300 * 1024 * 1024);
    const started = performance.now();
    const error = await joyError(() => sniffFile(path, 'Our wedding.mp4'));
    assert.ok(performance.now() - started < 200);
    assert.equal(error.code, 'file_too_large');
    assert.equal(error.message, 'Our wedding.mp4 is 300 MB; Joy accepts files up to 200 MB.');
  });

  test('the size limit is configurable', async () => {
    const path = await photo(dir, 'small.png', 'png', { width: 200, height: 200 });
    const error = await joyError(() => sniffFile(path, undefined, { limits: { maxFileBytes: 100 } }));
    assert.equal(error.code, 'file_too_large');
    assert.match(error.message, /^small\.png is 0\.\d MB; Joy accepts files up to 0\.\d MB\.$/);
  });

  test('the name the user gave is used, else the base name', async () => {
    const path = pdfFile(dir, 'x1.bin');
    assert.match(
      (await joyError(() => sniffFile(path, 'Summer 2024.jpg'))).message,
      /^Summer 2024\.jpg is a PDF/,
    );
    assert.match((await joyError(() => sniffFile(path))).message, /^x1\.bin is a PDF/);
  });
});

describe('own content checks', () => {
  const ftyp = (major: string, ...compatible: string[]) => {
    const box = Buffer.alloc(16 + compatible.length * 4);
    box.writeUInt32BE(box.length, 0);
    box.write(`ftyp${major}`, 4, 'latin1');
    compatible.forEach((brand, i) => {
      box.write(brand, 16 + i * 4, 'latin1');
    });
    return box;
  };

  test('HEIF and AVIF brands', () => {
    for (const major of ['heic', 'heix', 'mif1', 'msf1', 'hevc']) {
      assert.equal(heifFromBrands(ftyp(major, 'mif1', 'heic'))?.format, 'heif', major);
    }
    assert.equal(heifFromBrands(ftyp('avif', 'mif1'))?.format, 'avif');
    assert.equal(heifFromBrands(ftyp('mif1', 'avif', 'miaf'))?.format, 'avif');
    assert.equal(heifFromBrands(ftyp('isom', 'mp41')), undefined);
    assert.equal(heifFromBrands(ftyp('qt  ')), undefined);
  });

  test('MP3 and AAC streams only with a frame header at byte 0 or right after an ID3 tag', async () => {
    const mp3 = readFileSync(await audioClip(dir, 'mp3', { bare: true, name: 'raw.mp3' }));
    const aac = readFileSync(await audioClip(dir, 'aac', { name: 'raw.aac' }));
    assert.equal(detectFromHead(mp3.subarray(0, 8192))?.format, 'mp3');
    assert.equal(detectFromHead(aac.subarray(0, 8192))?.format, 'aac');
    const tag = Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20, ...Buffer.alloc(20)]);
    assert.equal(detectFromHead(Buffer.concat([tag, mp3]).subarray(0, 8192))?.format, 'mp3');
    // Frame headers found further in are how a manifest or playlist passes for audio: not audio.
    const junk = Buffer.alloc(37, 0x20);
    assert.notEqual(detectFromHead(Buffer.concat([junk, mp3]).subarray(0, 8192))?.format, 'mp3');
    assert.notEqual(detectFromHead(Buffer.concat([junk, aac]).subarray(0, 8192))?.format, 'aac');
    const playlist = Buffer.from('#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nhttp://127.0.0.1:9/x.ts\n');
    assert.equal(detectFromHead(Buffer.concat([tag, playlist, mp3]).subarray(0, 8192)), undefined);
  });

  test('WebM and Matroska by DocType', async () => {
    const webm = readFileSync(await videoClip(dir, 'webm', { name: 'dt.webm' }));
    const mkv = readFileSync(await videoClip(dir, 'mkv', { name: 'dt.mkv' }));
    assert.equal(detectFromHead(webm.subarray(0, 8192))?.format, 'webm');
    assert.equal(detectFromHead(mkv.subarray(0, 8192))?.format, 'mkv');
  });

  test('text, HTML and SVG', () => {
    assert.equal(detectFromHead(Buffer.from('hello\nworld\n'))?.format, 'txt');
    assert.equal(detectFromHead(Buffer.from('<!DOCTYPE html><html></html>'))?.format, 'html');
    assert.equal(detectFromHead(Buffer.from('<svg width="1"></svg>'))?.format, 'svg');
    assert.equal(detectFromHead(Buffer.from([0, 1, 2, 3, 200, 100])), undefined);
  });
});
