import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { resolveParams } from '../../src/catalog/index.js';
import {
  DecodeCache,
  type DecodedImage,
  decodeImage,
  ingestBatch,
  type MediaInfo,
  probeMedia,
} from '../../src/ingest/index.js';
import { effects } from '../../src/render/effects.js';
import { buildStillPlate, decodeAhead } from '../../src/render/plate-builder.js';

/**
 * The decoded-photo cache: a photo decoded once is read back, pixel for pixel, on the next render; any
 * change to the file (or another box) decodes it again; damaged entries are ignored; the folder stays
 * under its size limit.
 */
const dir = mkdtempSync(join(tmpdir(), 'joy-decode-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function photo(name: string, hue: number, width = 640, height = 480): Promise<string> {
  const path = join(dir, name);
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    raw[i * 3] = (i % width) % 256;
    raw[i * 3 + 1] = hue;
    raw[i * 3 + 2] = Math.floor(i / width) % 256;
  }
  await sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(path);
  return path;
}

function counting(info: Parameters<typeof decodeImage>[0], target: { maxWidth: number; maxHeight: number }) {
  const calls = { count: 0 };
  const decode = (): Promise<DecodedImage> => {
    calls.count++;
    return decodeImage(info, target);
  };
  return { calls, decode };
}

test('a photo decoded once is read back from the cache with the same pixels', async () => {
  const cache = new DecodeCache(join(dir, 'cache-a'));
  const info = await probeMedia(await photo('a.jpg', 40));
  const target = { maxWidth: 320, maxHeight: 320 };
  const { calls, decode } = counting(info, target);
  const first = await cache.decode(info, target, decode);
  const second = await cache.decode(info, target, decode);
  assert.equal(calls.count, 1);
  assert.deepEqual([second.width, second.height], [first.width, first.height]);
  assert.ok(Buffer.from(second.data).equals(Buffer.from(first.data)), 'the same pixels');
  // Another box is another entry.
  await cache.decode(info, { maxWidth: 100, maxHeight: 100 }, decode);
  assert.equal(calls.count, 2);
});

test('a file changed on disk is decoded again, never served from its old entry', async () => {
  const cache = new DecodeCache(join(dir, 'cache-b'));
  const path = await photo('b.jpg', 10);
  const target = { maxWidth: 200, maxHeight: 200 };
  const before = await cache.decode(await probeMedia(path), target, () =>
    decodeImage({ ...infoOf(path) }, target),
  );
  copyFileSync(await photo('b-other.jpg', 250), path); // the same name, other pixels
  const info = await probeMedia(path);
  const { calls, decode } = counting(info, target);
  const after = await cache.decode(info, target, decode);
  assert.equal(calls.count, 1);
  assert.ok(Math.abs(after.data[1]! - before.data[1]!) > 100, 'the new photo’s green, not the old one’s');
});

function infoOf(path: string) {
  return { path, name: 'b.jpg', kind: 'image' as const, format: 'jpeg', sizeBytes: statSync(path).size };
}

test('a damaged or truncated entry reads as a miss and is replaced', async () => {
  const folder = join(dir, 'cache-c');
  const cache = new DecodeCache(folder);
  const info = await probeMedia(await photo('c.jpg', 90));
  const target = { maxWidth: 160, maxHeight: 160 };
  const good = await cache.decode(info, target, () => decodeImage(info, target));
  const [entry] = readdirSync(folder);
  writeFileSync(join(folder, entry!), Buffer.from('JRGB\x10\x00\x00\x00\x10\x00\x00\x00short'));
  const { calls, decode } = counting(info, target);
  const again = await cache.decode(info, target, decode);
  assert.equal(calls.count, 1);
  assert.ok(Buffer.from(again.data).equals(Buffer.from(good.data)));
  assert.equal((await cache.decode(info, target, decode)).width, good.width);
  assert.equal(calls.count, 1, 'the rewritten entry is used');
});

test('the folder is kept under its limit, least recently used entries going first', async () => {
  const folder = join(dir, 'cache-d');
  // Each 320×240 entry is about 230 kB: four fit under 1 MB, a fifth pushes the oldest out.
  const cache = new DecodeCache(folder, 1024 * 1024);
  const target = { maxWidth: 320, maxHeight: 320 };
  const infos: MediaInfo[] = [];
  for (let i = 0; i < 5; i++) infos.push(await probeMedia(await photo(`d${i}.jpg`, i * 40)));
  for (const info of infos.slice(0, 4)) await cache.decode(info, target, () => decodeImage(info, target));
  await new Promise((resolve) => setTimeout(resolve, 20));
  // Photo 0 is used again, so photo 1 is now the least recently used.
  await cache.decode(infos[0]!, target, () => decodeImage(infos[0]!, target));
  await cache.decode(infos[4]!, target, () => decodeImage(infos[4]!, target));
  const total = readdirSync(folder).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  assert.ok(total <= 1024 * 1024, `${total} bytes`);
  const { calls, decode } = counting(infos[0]!, target);
  await cache.decode(infos[0]!, target, decode);
  assert.equal(calls.count, 0, 'the recently used photo stayed');
  const second = counting(infos[1]!, target);
  await cache.decode(infos[1]!, target, second.decode);
  assert.equal(second.calls.count, 1, 'the least recently used photo went');
});

test('a limit of 0 turns the cache off', async () => {
  const folder = join(dir, 'cache-e');
  const cache = new DecodeCache(folder, 0);
  const info = await probeMedia(await photo('e.jpg', 5));
  const target = { maxWidth: 100, maxHeight: 100 };
  const { calls, decode } = counting(info, target);
  await cache.decode(info, target, decode);
  await cache.decode(info, target, decode);
  assert.equal(calls.count, 2);
  assert.throws(() => statSync(folder));
});

test('a plate built from the cache is identical to one built from the file; ingest verifies once', async () => {
  const cache = new DecodeCache(join(dir, 'cache-f'));
  const path = await photo('f.jpg', 120, 1200, 900);
  const first = await ingestBatch([{ path }], { decodeCache: cache });
  assert.equal(first.media.length, 1);
  const fit = effects.fits.resolve('cover');
  const request = {
    info: first.media[0]!,
    media: { uri: path, kind: 'image' as const, name: 'f.jpg', width: 1200, height: 900 },
    layout: fit.layout(resolveParams(fit, {})),
    canvasWidth: 360,
    canvasHeight: 640,
    zoom: 1.1,
  };
  const plain = await buildStillPlate(request);
  const cold = await buildStillPlate({ ...request, decodeCache: cache });
  const warm = await buildStillPlate({ ...request, decodeCache: cache });
  for (const plane of ['y', 'u', 'v'] as const) {
    assert.ok(Buffer.from(cold[plane]).equals(Buffer.from(plain[plane])), `${plane} (first build)`);
    assert.ok(Buffer.from(warm[plane]).equals(Buffer.from(plain[plane])), `${plane} (from the cache)`);
  }
  // Ingest's check decode and the plate's decode are two entries; a second ingest adds none.
  const entries = readdirSync(join(dir, 'cache-f')).length;
  assert.equal(entries, 2);
  await ingestBatch([{ path }], { decodeCache: cache });
  assert.equal(readdirSync(join(dir, 'cache-f')).length, entries);
});

test('a photo asked for again while it decodes is decoded once; each caller gets pixels of its own', async () => {
  const cache = new DecodeCache(join(dir, 'cache-g'));
  const info = await probeMedia(await photo('g.jpg', 70));
  const target = { maxWidth: 320, maxHeight: 320 };
  const { calls, decode } = counting(info, target);
  const [first, second] = await Promise.all([
    cache.decode(info, target, decode),
    cache.decode(info, target, decode),
  ]);
  assert.equal(calls.count, 1);
  assert.ok(Buffer.from(second.data).equals(Buffer.from(first.data)), 'the same pixels');
  first.data.fill(0); // a plate builder drawing on its copy leaves the other alone
  assert.notEqual(second.data[1], 0);
});

test('decoding ahead fills the entry the plate then reads, for a cover and a blurred fit', async () => {
  for (const [name, fitName] of [
    ['h.jpg', 'cover'],
    ['i.jpg', 'blur'],
  ] as const) {
    const folder = join(dir, `cache-${fitName}-ahead`);
    const cache = new DecodeCache(folder);
    const path = await photo(name, 150, 1200, 900);
    const info = await probeMedia(path);
    const fit = effects.fits.resolve(fitName);
    const request = {
      info,
      media: { uri: path, kind: 'image' as const, name, width: 1200, height: 900 },
      layout: fit.layout(resolveParams(fit, {})),
      canvasWidth: 360,
      canvasHeight: 640,
      zoom: 1.1,
    };
    await decodeAhead({ ...request, decodeCache: cache });
    assert.equal(readdirSync(folder).length, 1);
    const plain = await buildStillPlate(request);
    const ahead = await buildStillPlate({ ...request, decodeCache: cache });
    assert.equal(readdirSync(folder).length, 1, `${fitName}: the plate used the entry decoded ahead`);
    assert.ok(Buffer.from(ahead.y).equals(Buffer.from(plain.y)), `${fitName}: the same plate`);
  }
});
