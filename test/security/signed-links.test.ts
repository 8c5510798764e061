import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { RenderDraft } from '../../src/render/pipeline-types.js';
import { LinkSigner, SECRET_FILE } from '../../src/server/signed-links.js';
import { Client, jpeg, type RenderView, serve, tempDir } from '../server/helpers.js';

/**
 * Media and download links are signed and expire (HMAC-SHA256 over path and expiry, like an object
 * store's pre-signed URLs): the API hands out only signed links, the file routes refuse (403) a link
 * that is unsigned, altered, for another file or expired, and the seed client's flow (render polled →
 * output.url → plain GET) and the studio's (state → url / thumbnail_url) keep working.
 */
const SECRET = 'a-test-secret-of-thirty-two-chars';
/** The bytes a stand-in render writes: the tests are about links, not encoding (api-flow renders for real). */
const RENDERED = Buffer.alloc(4096, 9);
const fakeRender: RenderDraft = async (_draft, output) => {
  await writeFile(output, RENDERED);
  return { output, frames: 1, durationMs: 100, width: 16, height: 16, fps: 10, elapsedMs: 1 };
};

interface Refusal {
  status: number;
  code: number;
  message: string;
  reason: string | undefined;
}

async function refusal(url: string, headers: Record<string, string> = {}): Promise<Refusal> {
  const response = await fetch(url, { headers });
  const body = (await response.json()) as { code: number; message: string; data: { reason?: string } };
  return { status: response.status, code: body.code, message: body.message, reason: body.data?.reason };
}

function withQuery(url: string, change: (query: URLSearchParams) => void): string {
  const parsed = new URL(url);
  change(parsed.searchParams);
  return parsed.toString();
}

describe('signed media and download links', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let client: Client;
  let session: string;
  let photo: { url: string; thumbnail_url?: string; id: string };
  let other: { url: string; id: string };
  let download: string;

  before(async () => {
    server = await serve({ urlSecret: SECRET, linkTtlS: 600, renderDraft: fakeRender });
    client = await new Client(server.url).login();
    session = await client.session();
    const upload = await client.upload(session, [
      { name: 'a.jpg', data: await jpeg(1, 64, 48) },
      { name: 'b.jpg', data: await jpeg(2, 64, 48) },
    ]);
    assert.equal(upload.code, 0, upload.message);
    photo = upload.data.files[0]!;
    other = upload.data.files[1]!;
    await client.chat(session, 'make a video');
    const submitted = await client.call<RenderView>('POST', '/api/render/proxy/lambda', {
      id: `render_${Date.now()}`,
      sessionId: session,
    });
    assert.equal(submitted.code, 0, submitted.message);
    const done = await client.waitForRender(submitted.data.id);
    assert.equal(done.status, 'completed', done.error);
    download = done.output!.url;
  });
  after(() => server.close());

  test('every media and download URL the API returns is signed, and works with a plain GET', async () => {
    const signed = /\?exp=\d+&sig=[\w-]{43}$/;
    assert.match(photo.url, signed);
    assert.match(photo.thumbnail_url!, signed);
    assert.match(download, /\/media\/renders\/r[\w-]+\.mp4\?exp=\d+&sig=[\w-]{43}$/);
    const state = (await client.state(session)).data.state;
    const listed = state.video_infos.find((info) => info.id === photo.id)!;
    const rendered = (state.generated_media as RenderView[]).at(-1)!;
    for (const url of [listed.url, listed.thumbnail_url!, rendered.output!.url]) assert.match(url, signed);

    // The seed client's download step: no header, ranges work.
    const video = await fetch(download);
    assert.equal(video.status, 200);
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.deepEqual(Buffer.from(await video.arrayBuffer()), RENDERED);
    const part = await fetch(download, { headers: { range: 'bytes=0-9' } });
    assert.equal(part.status, 206);
    assert.equal((await part.arrayBuffer()).byteLength, 10);
    // The studio's previews: the photo and its thumbnail, from the state's links.
    const original = await fetch(listed.url);
    assert.equal(original.status, 200);
    assert.equal(original.headers.get('content-type'), 'image/jpeg');
    const thumb = await fetch(listed.thumbnail_url!);
    assert.equal(thumb.status, 200);
    assert.equal(thumb.headers.get('content-type'), 'image/jpeg');
    // Read again soon after, a link is the same (browsers and the studio can cache by URL).
    const again = (await client.state(session)).data.state.video_infos.find((info) => info.id === photo.id)!;
    assert.equal(again.url, listed.url);
  });

  test('a link lives as long as configured (rounded up by at most an eighth)', () => {
    const exp = Number(new URL(download).searchParams.get('exp'));
    const left = exp - Date.now() / 1000;
    assert.ok(left > 600 - 5 && left <= 600 + 75 + 5, `link lives ${left} s`);
  });

  test('unsigned links are refused with 403 and a sentence in the reader’s language', async () => {
    for (const url of [download, photo.url, photo.thumbnail_url!]) {
      const bare = url.split('?')[0]!;
      const answer = await refusal(bare);
      assert.equal(answer.status, 403, bare);
      assert.equal(answer.code, 403);
      assert.equal(answer.reason, 'missing');
      assert.match(answer.message, /signed link/);
    }
    const zh = await refusal(download.split('?')[0]!, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' });
    assert.equal(zh.status, 403);
    assert.match(zh.message, /签名链接/);
    // HEAD is refused too.
    assert.equal((await fetch(download.split('?')[0]!, { method: 'HEAD' })).status, 403);
    // An unsigned request cannot tell whether a file exists.
    const ghost = await refusal(`${server.url}/media/assets/m_doesnotexist1234`);
    assert.equal(ghost.status, 403);
  });

  test('tampered links are refused: another signature, expiry, file, or half of the link', async () => {
    const sig = new URL(download).searchParams.get('sig')!;
    const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    const exp = new URL(download).searchParams.get('exp')!;
    const tampered = [
      withQuery(download, (q) => q.set('sig', flipped)),
      withQuery(download, (q) => q.set('sig', sig.slice(0, 20))),
      withQuery(download, (q) => q.set('sig', '')),
      withQuery(download, (q) => q.set('exp', String(Number(exp) + 86_400))),
      withQuery(download, (q) => q.set('exp', `${exp}.5`)),
      withQuery(download, (q) => q.set('exp', `0${exp}`)),
      withQuery(download, (q) => q.set('exp', '-1')),
      withQuery(download, (q) => q.delete('sig')),
      withQuery(download, (q) => q.delete('exp')),
      // One file's signature on another file, and the photo's on its thumbnail.
      `${other.url.split('?')[0]}?${new URL(photo.url).searchParams}`,
      `${photo.thumbnail_url!.split('?')[0]}?${new URL(photo.url).searchParams}`,
    ];
    for (const url of tampered) {
      const answer = await refusal(url);
      assert.equal(answer.status, 403, url);
      assert.ok(answer.reason === 'invalid' || answer.reason === 'missing', `${url}: ${answer.reason}`);
      assert.match(answer.message, /link/);
    }
    // A link signed with another secret (another server) is refused.
    const foreign = new LinkSigner(Buffer.from('some-other-secret-thirty-two-chars'), 600).linker(server.url);
    const path = new URL(download).pathname;
    assert.equal((await refusal(foreign(path))).reason, 'invalid');
  });

  test('expired links are refused with 403 saying when they expired', async () => {
    const path = new URL(download).pathname;
    const anHourAgo = new LinkSigner(Buffer.from(SECRET), 600, () => Date.now() - 3_600_000);
    const expired = anHourAgo.linker(server.url)(path);
    const answer = await refusal(expired);
    assert.equal(answer.status, 403);
    assert.equal(answer.reason, 'expired');
    assert.match(answer.message, /expired at \d{4}-\d\d-\d\dT/);
    assert.match(answer.message, /fresh link/);
    // The same path signed now, with the same secret, works: the refusal was the expiry alone.
    const fresh = new LinkSigner(Buffer.from(SECRET), 600).linker(server.url)(path);
    assert.equal((await fetch(fresh)).status, 200);
  });

  test('a valid link to a file that is gone is a 404', async () => {
    const file = new URL(download).pathname.split('/').pop()!;
    rmSync(join(server.dataDir, 'renders', file));
    const answer = await refusal(download);
    assert.equal(answer.status, 404);
  });
});

test('without a configured secret, one is made, kept private in the data folder, and links survive a restart', async () => {
  const dataDir = tempDir();
  const first = await serve({ dataDir });
  let url: string;
  try {
    const client = await new Client(first.url).login();
    const session = await client.session();
    const upload = await client.upload(session, [{ name: 'a.jpg', data: await jpeg(3, 64, 48) }]);
    assert.equal(upload.code, 0, upload.message);
    url = upload.data.files[0]!.url;
    assert.equal((await fetch(url)).status, 200);
  } finally {
    await first.close();
  }
  const kept = join(dataDir, SECRET_FILE);
  assert.equal(statSync(kept).mode & 0o777, 0o600);
  assert.ok(readFileSync(kept, 'utf8').trim().length >= 32);
  const second = await serve({ dataDir, port: first.port });
  try {
    assert.equal((await fetch(url)).status, 200, 'a link from before the restart still works');
  } finally {
    await second.close();
  }
  // Another secret (configured) makes the old links invalid.
  const third = await serve({ dataDir, port: first.port, urlSecret: SECRET });
  try {
    assert.equal((await fetch(url)).status, 403);
  } finally {
    await third.close();
  }
});
