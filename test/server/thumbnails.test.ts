import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { Client, jpeg, serve } from './helpers.js';

/**
 * Photo thumbnails: small JPEGs made by the core's decoder, so a phone's HEIC (which browsers cannot
 * show) gets a picture in the studio, and nobody downloads a 200 MB original to see a tile.
 */
let server: Awaited<ReturnType<typeof serve>>;
let client: Client;

before(async () => {
  server = await serve();
  client = await new Client(server.url).login();
});
after(() => server.close());

const HEIC = new URL('../fixtures/photo.heic', import.meta.url);

test('an uploaded HEIC gets a JPEG thumbnail with its colours where they belong', async () => {
  const session = await client.session();
  const upload = await client.upload(session, [{ name: 'IMG_0001.HEIC', data: readFileSync(HEIC) }]);
  assert.equal(upload.code, 0, upload.message);
  const info = (await client.state(session)).data.state.video_infos[0]!;
  assert.ok(info.thumbnail_url, 'video_infos lists a thumbnail');
  const response = await fetch(info.thumbnail_url);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'image/jpeg');
  const bytes = Buffer.from(await response.arrayBuffer());
  const { data, info: size } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  assert.ok(Math.max(size.width, size.height) <= 320);
  const at = (fx: number, fy: number) => {
    const o = (Math.floor(fy * size.height) * size.width + Math.floor(fx * size.width)) * size.channels;
    return [data[o]!, data[o + 1]!, data[o + 2]!] as const;
  };
  const [r, g, b] = at(0.25, 0.25);
  assert.ok(r > 180 && g < 80 && b < 80, `top left is red: ${at(0.25, 0.25)}`);
  const [, g2] = at(0.75, 0.25);
  assert.ok(g2 > 150, `top right is green: ${at(0.75, 0.25)}`);
  // A second request is served from the kept file, with the same bytes.
  const again = Buffer.from(await (await fetch(info.thumbnail_url)).arrayBuffer());
  assert.deepEqual(again, bytes);
});

test('thumbnails are small whatever the photo, and only photos have them', async () => {
  const session = await client.session();
  const upload = await client.upload(session, [{ name: 'big.jpg', data: await jpeg(7, 4000, 3000) }]);
  assert.equal(upload.code, 0, upload.message);
  const info = (await client.state(session)).data.state.video_infos[0]!;
  const thumb = Buffer.from(await (await fetch(info.thumbnail_url!)).arrayBuffer());
  const meta = await sharp(thumb).metadata();
  assert.equal(Math.max(meta.width!, meta.height!), 320);
  assert.ok(thumb.length < 60_000, `${thumb.length} bytes`);
  for (const [path, status] of [
    ['/media/assets/..%2Fetc/thumb', 404],
    // Well-formed but unsigned: refused before the id is looked up.
    ['/media/assets/m_doesnotexist0/thumb', 403],
    // A signed link of a photo moved onto another id is refused too.
    [`/media/assets/m_doesnotexist0/thumb?${new URL(info.thumbnail_url!).search.slice(1)}`, 403],
  ] as const) {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, status, path);
    assert.match(response.headers.get('content-type') ?? '', /json/);
  }
});
