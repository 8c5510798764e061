import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseRate, probe } from '../../src/media/probe.js';
import { Client, jpeg, poll, replyText, serve, tempDir, tinyDraft } from './helpers.js';

interface RenderView {
  id: string;
  status: string;
  progress: number;
  output?: { url: string };
  error?: string;
}

/**
 * The whole flow an agent follows, over HTTP: token → session → upload → chat → state → render →
 * poll → download, and the MP4 probed.
 */
test('token → session → upload → chat → state → render → poll → download', async (t) => {
  const started = performance.now();
  const server = await serve();
  try {
    const client = await new Client(server.url).login();
    const session = await client.session();

    const upload = await client.upload(
      session,
      await Promise.all(
        [1, 2, 3].map(async (seed) => ({ name: `photo-${seed}.jpg`, data: await jpeg(seed) })),
      ),
    );
    assert.equal(upload.status, 200, upload.message);
    assert.equal(upload.data.files.length, 3);
    for (const [index, file] of upload.data.files.entries()) {
      assert.equal(file.name, `photo-${index + 1}.jpg`);
      assert.equal(file.kind, 'image');
      assert.equal(file.width, 320);
      assert.equal(file.height, 240);
      assert.match(file.uri, /^asset:m_/);
      // The uploaded file is readable back by its URL, by content type.
      const back = await fetch(file.url);
      assert.equal(back.status, 200);
      assert.equal(back.headers.get('content-type'), 'image/jpeg');
    }
    // Stored under generated names in media/, nothing left in tmp.
    const stored = readdirSync(join(server.dataDir, 'media'));
    assert.equal(stored.length, 3);
    assert.ok(stored.every((name) => /^m_[\w-]+\.jpeg$/.test(name)));

    const chat = await client.chat(session, 'make a video');
    assert.equal(chat.status, 200);
    assert.match(chat.contentType, /^text\/event-stream/);
    assert.ok(chat.events.length >= 3, `events: ${chat.raw.slice(0, 500)}`);
    for (const event of chat.events) {
      assert.equal(event.author, 'nemo_agent');
      assert.equal(typeof event.timestamp, 'number');
      assert.ok(event.invocationId);
    }
    const calls = chat.events.flatMap((event) =>
      event.content.parts.filter((part) => part.functionCall).map((part) => part.functionCall!),
    );
    const responses = chat.events.flatMap((event) =>
      event.content.parts.filter((part) => part.functionResponse).map((part) => part.functionResponse!),
    );
    assert.ok(calls.length >= 1, 'at least one edit command');
    assert.deepEqual(
      calls.map((call) => call.id),
      responses.map((response) => response.id),
      'each functionCall has its functionResponse',
    );
    const last = chat.events.at(-1)!;
    assert.ok(
      last.content.parts.some((part) => typeof part.text === 'string' && part.text.length > 0),
      'ends with the reply text',
    );
    assert.equal(last.actions.stateDelta.draft_version, 1);
    assert.doesNotMatch(replyText(chat), /click/i);

    const state = await client.state(session);
    assert.equal(state.code, 0);
    assert.equal(state.data.state.draft_version, 1);
    assert.ok(state.data.state.draft, 'the chat created a draft');
    assert.ok(Array.isArray((state.data.state.draft as { t: unknown[] }).t), 'draft in wire form');
    assert.equal(state.data.state.video_infos.length, 3);
    assert.match(state.data.state.summary ?? '', /3 photos/);

    // Export through the render endpoint with a tiny draft (1080p would be slow on a shared 2-core box).
    const uris = upload.data.files.map((file) => file.uri);
    const renderId = `render_${Date.now()}`;
    const body = {
      id: renderId,
      sessionId: session,
      draft: tinyDraft(uris),
      output: { format: 'mp4', quality: 'high' },
    };
    const submitted = await client.call<RenderView>('POST', '/api/render/proxy/lambda', body);
    assert.equal(submitted.code, 0, submitted.message);
    assert.equal(submitted.data.id, renderId);
    assert.ok(['queued', 'rendering'].includes(submitted.data.status));
    const seen = new Set<string>();
    const done = await poll(
      async () => {
        const answer = await client.call<RenderView>('GET', `/api/render/proxy/lambda/${renderId}`);
        seen.add(answer.data.status);
        assert.ok(answer.data.progress >= 0 && answer.data.progress <= 1);
        return answer.data;
      },
      (view) => view.status === 'completed' || view.status === 'failed',
    );
    assert.equal(done.status, 'completed', done.error);
    assert.equal(done.progress, 1);
    assert.match(
      done.output!.url,
      /^http:\/\/127\.0\.0\.1:\d+\/media\/renders\/r[\w-]+\.mp4\?exp=\d+&sig=[\w-]+$/,
    );

    // Download with a plain HTTP client: no headers needed; ranges work.
    const video = await fetch(done.output!.url);
    assert.equal(video.status, 200);
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.equal(video.headers.get('accept-ranges'), 'bytes');
    const bytes = Buffer.from(await video.arrayBuffer());
    const partial = await fetch(done.output!.url, { headers: { range: 'bytes=0-99' } });
    assert.equal(partial.status, 206);
    assert.equal(partial.headers.get('content-range'), `bytes 0-99/${bytes.length}`);
    assert.deepEqual(Buffer.from(await partial.arrayBuffer()), bytes.subarray(0, 100));
    const tail = await fetch(done.output!.url, { headers: { range: 'bytes=-10' } });
    assert.deepEqual(Buffer.from(await tail.arrayBuffer()), bytes.subarray(bytes.length - 10));
    assert.equal((await fetch(done.output!.url, { headers: { range: 'bytes=999999999-' } })).status, 416);

    const file = join(tempDir(), 'out.mp4');
    writeFileSync(file, bytes);
    const info = await probe(file);
    const stream = info.streams.find((s) => s.codec_type === 'video')!;
    assert.equal(stream.codec_name, 'h264');
    assert.equal(stream.width, 160);
    assert.equal(stream.height, 120);
    assert.equal(parseRate(stream.r_frame_rate), 10);
    // 3 × 600 ms with two 200 ms crossfades = 1.4 s.
    assert.ok(Math.abs(Number(info.format.duration) - 1.4) < 0.15, `duration ${info.format.duration}`);

    // The same render id again is the same render; the same draft under a new id reuses the result.
    const again = await client.call<RenderView>('POST', '/api/render/proxy/lambda', body);
    assert.equal(again.data.status, 'completed');
    assert.equal(again.data.output!.url, done.output!.url);
    const reuse = await client.call<RenderView>('POST', '/api/render/proxy/lambda', {
      ...body,
      id: `${renderId}_b`,
    });
    assert.equal(reuse.data.status, 'completed');
    assert.equal(reuse.data.output!.url, done.output!.url);
    assert.equal(readdirSync(join(server.dataDir, 'renders')).length, 1, 'rendered once');

    // Batch: another draft in the same session gets its own render and download.
    const other = await client.call<RenderView>('POST', '/api/render/proxy/lambda', {
      id: `${renderId}_c`,
      sessionId: session,
      draft: tinyDraft(uris.slice(0, 2), { title: 'second cut' }),
      output: { format: 'mp4', quality: 'draft' },
    });
    const otherDone = await poll(
      () => client.call<RenderView>('GET', `/api/render/proxy/lambda/${other.data.id}`).then((a) => a.data),
      (view) => view.status === 'completed' || view.status === 'failed',
    );
    assert.equal(otherDone.status, 'completed', otherDone.error);
    assert.notEqual(otherDone.output!.url, done.output!.url);
    const generated = (await client.state(session)).data.state.generated_media;
    assert.deepEqual(
      generated.map((item) => item.id),
      [renderId, `${renderId}_b`, `${renderId}_c`],
    );
    assert.ok(generated.every((item) => item.status === 'completed' && item.output?.url));

    // Undo and redo through chat walk the stored history.
    const segments = async () => {
      const draft = (await client.state(session)).data.state.draft as { t: { tt: number; sg: unknown[] }[] };
      return draft.t.find((track) => track.tt === 0)?.sg.length ?? 0;
    };
    const undo = await client.chat(session, 'undo');
    assert.equal(undo.events.at(-1)!.actions.stateDelta.draft_version, 2);
    assert.equal(await segments(), 0);
    const redo = await client.chat(session, 'redo');
    assert.equal(redo.events.at(-1)!.actions.stateDelta.draft_version, 3);
    assert.equal(await segments(), 3);
    t.diagnostic(`whole flow: ${Math.round(performance.now() - started)} ms`);
  } finally {
    await server.close();
  }
});
