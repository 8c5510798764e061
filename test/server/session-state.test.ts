import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, jpeg, serve, tinyDraft } from './helpers.js';

interface Entry {
  id: string;
  role: string;
  text: string;
  changes: { text: string; ok: boolean }[];
  pending?: boolean;
  error?: string;
}
interface EditAnswer {
  changes: string[];
  draft_version: number;
  version: number;
}

/** Reads `changed` events from a session's event stream into `seen` until aborted. */
async function watch(
  base: string,
  token: string,
  sid: string,
  seen: { what: string }[],
  signal: AbortSignal,
) {
  const response = await fetch(`${base}/api/studio/${sid}/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal,
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const reader = response.body!.getReader();
  let buffer = '';
  const pump = async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += new TextDecoder().decode(value);
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.startsWith('data: ')) seen.push(JSON.parse(frame.slice(6)));
        end = buffer.indexOf('\n\n');
      }
    }
  };
  void pump();
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('session state: transcript in order, live events, stale edits refused, undo says what it undid', async () => {
  const server = await serve();
  const watching = new AbortController();
  try {
    const client = await new Client(server.url).login();
    const sid = await client.session();
    const seen: { what: string }[] = [];
    await watch(server.url, client.token!, sid, seen, watching.signal);

    const upload = await client.upload(sid, [
      { name: 'a.jpg', data: await jpeg(1) },
      { name: 'b.jpg', data: await jpeg(2) },
    ]);
    assert.equal(upload.status, 200);
    await until(() => seen.some((event) => event.what === 'media'), 'a media event');

    const chat = await client.chat(sid, 'make a video, 9:16');
    assert.equal(chat.status, 200);
    await until(() => seen.filter((event) => event.what === 'transcript').length >= 2, 'transcript events');

    let state = (await client.state(sid)).data.state as unknown as {
      transcript: Entry[];
      draft_version: number;
    };
    assert.deepEqual(
      state.transcript.map((entry) => [entry.role, entry.pending ?? false]),
      [
        ['user', false],
        ['assistant', false],
      ],
    );
    assert.equal(state.transcript[0]!.text, 'make a video, 9:16');
    assert.ok(state.transcript[1]!.text.length > 0, 'the reply text is kept');
    assert.ok(
      state.transcript[1]!.changes.some((line) => /^Aspect → 9:16/.test(line.text)),
      JSON.stringify(state.transcript[1]!.changes),
    );

    // A hand edit against the version shown: applied, written to the transcript, announced.
    const version = state.draft_version;
    const edit = await client.call<EditAnswer>('POST', `/api/studio/${sid}/commands`, {
      commands: [{ type: 'setSegmentDuration', durationMs: 1500, index: 0 }],
      base_version: version,
    });
    assert.equal(edit.code, 0, edit.message);
    assert.equal(edit.data.draft_version, version + 1);
    await until(() => seen.some((event) => event.what === 'draft'), 'a draft event');

    // The same page edits again from the version it had: refused, nothing lost or overwritten.
    const stale = await client.call('POST', `/api/studio/${sid}/commands`, {
      commands: [{ type: 'setSegmentDuration', durationMs: 4000, index: 0 }],
      base_version: version,
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.code, 409);
    assert.match(stale.message, /changed/);
    const staleUndo = await client.call('POST', `/api/studio/${sid}/undo`, { base_version: version });
    assert.equal(staleUndo.status, 409);

    // Undo says what it undid; redo what it redid.
    const undo = await client.call<EditAnswer>('POST', `/api/studio/${sid}/undo`, {
      base_version: version + 1,
    });
    assert.equal(undo.code, 0, undo.message);
    assert.match(undo.data.changes[0]!, /^Undid: photo 1 → 1\.5s/);
    const redo = await client.call<EditAnswer>('POST', `/api/studio/${sid}/redo`, {});
    assert.match(redo.data.changes[0]!, /^Redid: photo 1 → 1\.5s/);
    const undoChat = await client.call<EditAnswer>('POST', `/api/studio/${sid}/undo`, {});
    assert.match(undoChat.data.changes[0]!, /^Undid: photo 1/);
    const undoMore = await client.call<EditAnswer>('POST', `/api/studio/${sid}/undo`, {});
    assert.match(undoMore.data.changes.join(' '), /^Undid: .*Aspect → 9:16/);

    state = (await client.state(sid)).data.state as unknown as { transcript: Entry[]; draft_version: number };
    assert.deepEqual(
      state.transcript.map((entry) => entry.role),
      ['user', 'assistant', 'edit', 'edit', 'edit', 'edit', 'edit'],
    );
    assert.match(state.transcript[2]!.changes[0]!.text, /^photo 1 → 1\.5s/);
    assert.match(state.transcript[3]!.changes[0]!.text, /^Undid: photo 1 → 1\.5s/);

    // Another account sees neither the stream nor the session.
    const other = await new Client(server.url).login();
    const refused = await fetch(`${server.url}/api/studio/${sid}/events`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    assert.equal(refused.status, 404);
    assert.equal(((await refused.json()) as { code: number }).code, 1002);
  } finally {
    watching.abort();
    await server.close();
  }
});

test('session state: finished exports list their size, length and picture size; library music plays', async () => {
  const server = await serve();
  try {
    const client = await new Client(server.url).login();
    const sid = await client.session();
    const upload = await client.upload(sid, [
      { name: 'a.jpg', data: await jpeg(1) },
      { name: 'b.jpg', data: await jpeg(2) },
    ]);
    const uris = upload.data.files.map((file) => file.uri);

    const music = await client.call<{
      tracks: { id: string; uri: string; url: string; title_zh: string }[];
      styles: { id: string }[];
    }>('GET', '/api/music');
    assert.equal(music.code, 0);
    assert.ok(music.data.tracks.length >= 8 && music.data.styles.length >= 5);
    const track = music.data.tracks[0]!;
    assert.match(track.uri, /^music:/);
    assert.ok(track.title_zh);
    const heard = await fetch(track.url);
    assert.equal(heard.status, 200);
    assert.equal(heard.headers.get('content-type'), 'audio/wav');
    assert.equal(
      Buffer.from(await heard.arrayBuffer())
        .subarray(0, 4)
        .toString(),
      'RIFF',
    );
    assert.equal((await fetch(`${server.url}/media/music/nothing.wav`)).status, 404);

    // An export with a library track: accepted, rendered, measured.
    const draft = tinyDraft(uris, { durationMs: 600 }) as Record<string, unknown>;
    (draft.t as unknown[]).push({
      tt: 1,
      sg: [{ id: 'a0', src: { u: track.uri, k: 'audio' }, st: 0, d: 1000, vol: 0.5 }],
    });
    const submitted = await client.call<{ id: string }>('POST', '/api/render/proxy/lambda', {
      id: 'render_facts',
      sessionId: sid,
      draft,
      output: { format: 'mp4', quality: 'draft' },
    });
    assert.equal(submitted.code, 0, submitted.message);
    const done = await client.waitForRender('render_facts', 120_000);
    assert.equal(done.status, 'completed', done.error);
    const state = (await client.state(sid)).data.state as unknown as {
      generated_media: {
        output?: { size_bytes: number; duration_ms: number; width: number; height: number };
      }[];
    };
    const output = state.generated_media[0]!.output!;
    assert.ok(output.size_bytes > 1000, JSON.stringify(output));
    assert.ok(Math.abs(output.duration_ms - 1000) < 200, JSON.stringify(output));
    assert.deepEqual([output.width, output.height], [160, 120]);
  } finally {
    await server.close();
  }
});
