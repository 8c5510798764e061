/**
 * The studio's routes (src/server/routes/studio.ts) on a bare Fastify app with in-memory deps: typed edit
 * commands with history, undo/redo, errors as envelopes, and preview frames from the real renderer.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { JoyError } from '../../src/errors.js';
import { type Draft, DraftHistory, emptyDraft } from '../../src/model/index.js';
import { registerStudioRoutes, type StudioDeps } from '../../src/server/routes/studio.js';

let dir: string;
let app: FastifyInstance;
const saved: { sid: string; draft: Draft; versions: number }[] = [];
const session: { draft: Draft | undefined; history: DraftHistory } = {
  draft: undefined,
  history: new DraftHistory(emptyDraft()),
};
const photos: Record<string, string> = {};
const locks: string[] = [];

const deps: StudioDeps = {
  getSession(token, sid) {
    if (token !== 'good') throw new JoyError('bad_token', 'Unknown token.');
    if (sid !== 's1') throw new JoyError('session_not_found', 'Session not found.');
    return session;
  },
  saveDraft(sid, draft, history) {
    session.draft = draft;
    session.history = history;
    saved.push({ sid, draft, versions: history.toJSON().versions.length });
  },
  resolveMedia() {
    return (uri: string) => {
      const path = photos[uri];
      if (!path)
        throw new JoyError(
          'invalid_draft',
          `The draft uses media "${uri}", which is not an upload of this session.`,
        );
      return path;
    };
  },
  async withLock(sid, work) {
    locks.push(sid);
    return work();
  },
};

const auth = { authorization: 'Bearer good' };
const post = (url: string, body: unknown, headers: Record<string, string> = auth) =>
  app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'joy-studio-routes-'));
  for (const [name, colour] of [
    ['a', '#2a7de1'],
    ['b', '#2aa15a'],
  ] as const) {
    const path = join(dir, `${name}.jpg`);
    await sharp({ create: { width: 640, height: 480, channels: 3, background: colour } })
      .jpeg()
      .toFile(path);
    photos[`asset:${name}`] = path;
  }
  app = Fastify();
  registerStudioRoutes(app, deps);
  await app.ready();
});

after(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('studio routes: commands apply to the session draft, push history and answer with the wire draft', async () => {
  const media = [
    { uri: 'asset:a', kind: 'image', name: 'a.jpg', width: 640, height: 480 },
    { uri: 'asset:b', kind: 'image', name: 'b.jpg', width: 640, height: 480 },
  ];
  const response = await post('/api/studio/s1/commands', {
    commands: [
      { type: 'addMedia', media, durationMs: 2000 },
      { type: 'setAspect', aspect: '9:16' },
      { type: 'addText', text: 'Road Trip', role: 'title' },
    ],
  });
  assert.equal(response.statusCode, 200);
  const body = response.json();
  assert.equal(body.code, 0);
  assert.deepEqual(body.data.changes, [
    'Added 2 items (now 2)',
    'Aspect → 9:16 (1080×1920)',
    "Title 'Road Trip' 0s–3s",
  ]);
  assert.equal(body.data.w, undefined, 'the draft is nested, not spread');
  assert.equal(body.data.draft.w, 1080);
  assert.equal(body.data.draft.h, 1920);
  assert.ok(Array.isArray(body.data.draft.t), 'wire form');
  assert.equal(body.data.can_undo, true);
  assert.equal(body.data.can_redo, false);
  assert.match(body.data.summary, /Title: "Road Trip"/);
  assert.equal(session.draft?.video.length, 2);
  assert.equal(saved.at(-1)?.versions, 2, 'one history version per request, not per command');
  assert.deepEqual(locks, ['s1']);
});

test('studio routes: invalid commands are refused as sentences naming the field; nothing is saved', async () => {
  const before = saved.length;
  const bad = await post('/api/studio/s1/commands', {
    commands: [{ type: 'setSegmentDuration', durationMs: 10, index: 0 }],
  });
  assert.equal(bad.statusCode, 400);
  const body = bad.json();
  assert.equal(body.code, 400);
  assert.match(body.message, /durationMs/);
  assert.equal(body.data.error, 'invalid_command');
  const missing = await post('/api/studio/s1/commands', { commands: [{ type: 'removeSegment', index: 7 }] });
  assert.equal(missing.json().message, 'There is no segment 8; the timeline has 2.');
  const empty = await post('/api/studio/s1/commands', { commands: [] });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.json().message, /commands/);
  assert.equal(saved.length, before);
});

test('studio routes: undo and redo walk the history; nothing to redo is a clear 400', async () => {
  await post('/api/studio/s1/commands', { commands: [{ type: 'moveSegment', from: 0, to: 1 }] });
  assert.equal(session.draft?.video[0]?.media.uri, 'asset:b');
  const undo = await post('/api/studio/s1/undo', {});
  assert.equal(undo.statusCode, 200);
  assert.deepEqual(undo.json().data.changes, ['Undo → version 2']);
  assert.equal(undo.json().data.can_redo, true);
  assert.equal(session.draft?.video[0]?.media.uri, 'asset:a');
  const redo = await post('/api/studio/s1/redo', {});
  assert.equal(redo.json().data.can_redo, false);
  assert.equal(session.draft?.video[0]?.media.uri, 'asset:b');
  const again = await post('/api/studio/s1/redo', {});
  assert.equal(again.statusCode, 400);
  assert.equal(again.json().message, 'There is nothing to redo.');
  const history = await app.inject({ method: 'GET', url: '/api/studio/s1/history', headers: auth });
  assert.deepEqual(history.json().data, { can_undo: true, can_redo: false, version: 3 });
  await post('/api/studio/s1/undo', {});
});

test('studio routes: tokens and sessions are checked (1001, 1002)', async () => {
  const none = await post('/api/studio/s1/commands', { commands: [] }, {});
  assert.equal(none.statusCode, 401);
  assert.equal(none.json().code, 1001);
  const wrong = await post('/api/studio/s1/undo', {}, { authorization: 'Bearer nope' });
  assert.equal(wrong.json().code, 1001);
  const other = await app.inject({ method: 'GET', url: '/api/studio/s2/history', headers: auth });
  assert.equal(other.statusCode, 404);
  assert.equal(other.json().code, 1002);
});

test('studio routes: preview frames are JPEGs of the draft at the asked time and height', async () => {
  const frame = async (ms: number, height: number) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/studio/s1/preview?ms=${ms}&height=${height}`,
      headers: auth,
    });
    assert.equal(response.statusCode, 200, response.body.slice(0, 200));
    assert.equal(response.headers['content-type'], 'image/jpeg');
    assert.match(String(response.headers['server-timing']), /^render;dur=\d/);
    const image = sharp(response.rawPayload);
    const { width, height: h, format } = await image.metadata();
    const { dominant } = await image.stats();
    return { width, height: h, format, dominant };
  };
  const first = await frame(0, 360);
  assert.deepEqual([first.format, first.width, first.height], ['jpeg', 202, 360]);
  // The first photo is blue, the second green (the order is a, b after the undo).
  assert.ok(first.dominant.b > first.dominant.g, `blue first: ${JSON.stringify(first.dominant)}`);
  const late = await frame(3500, 360);
  assert.ok(late.dominant.g > late.dominant.b, `green later: ${JSON.stringify(late.dominant)}`);
  // Heights snap to a few sizes; times past the end show the last frame.
  const snapped = await frame(99_999, 500);
  assert.deepEqual([snapped.width, snapped.height], [304, 540]);
  const bad = await app.inject({ method: 'GET', url: '/api/studio/s1/preview?ms=-5', headers: auth });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().code, 400);
});

test('studio routes: a preview of an empty draft is refused with a sentence', async () => {
  const keep = { ...session };
  session.draft = undefined;
  try {
    const response = await app.inject({ method: 'GET', url: '/api/studio/s1/preview?ms=0', headers: auth });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().message, 'The draft has nothing to show yet: add photos first.');
  } finally {
    Object.assign(session, keep);
  }
});

test('studio routes: the answer shows each text where the renderer puts it; the draft keeps the intent', async () => {
  const keep = { ...session };
  session.draft = undefined;
  session.history = new DraftHistory(emptyDraft());
  try {
    const lowFace = {
      uri: 'asset:a',
      kind: 'image',
      name: 'a.jpg',
      width: 640,
      height: 480,
      faces: [{ x: 0.4, y: 0.72, w: 0.2, h: 0.18 }],
    };
    const response = await post('/api/studio/s1/commands', {
      commands: [
        { type: 'setCanvas', width: 640, height: 480 },
        { type: 'addMedia', media: [lowFace], durationMs: 2000 },
        { type: 'setMotion', name: 'static', strength: 0 },
        { type: 'setFit', name: 'cover' },
        { type: 'addText', text: 'Day one', role: 'caption' },
      ],
    });
    assert.equal(response.statusCode, 200);
    const texts = response.json().data.draft.t.find((track: { tt: number }) => track.tt === 7);
    assert.equal(texts.sg[0].pos, 'top', 'the studio sees the caption off the face at the bottom');
    assert.equal(texts.sg[0].apos, true);
    assert.equal(saved.at(-1)?.draft.texts[0]?.position, 'bottom', 'the saved draft keeps the role default');
  } finally {
    Object.assign(session, keep);
  }
});
