import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Action,
  initialState,
  reduce,
  Store,
  type StudioState,
  selectedItem,
  uploading,
} from '../../web/src/lib/store.js';

const wireDraft = (aspect: '16:9' | '9:16', texts: unknown[] = []) => ({
  schema: 'joy.draft',
  v: 1,
  w: aspect === '16:9' ? 1920 : 1080,
  h: aspect === '16:9' ? 1080 : 1920,
  fps: 30,
  t: [
    {
      tt: 0,
      sg: [
        {
          id: 'v1',
          src: { u: 'asset:m1', k: 'image', n: 'one.jpg' },
          d: 2000,
          mo: { n: 'zoom-in' },
          fit: { n: 'blur' },
        },
        {
          id: 'v2',
          src: { u: 'asset:m2', k: 'image', n: 'two.jpg' },
          d: 2000,
          mo: { n: 'zoom-in' },
          fit: { n: 'blur' },
        },
      ],
    },
    ...(texts.length ? [{ tt: 7, sg: texts }] : []),
  ],
  m: {},
});

const run = (actions: Action[], from: StudioState = initialState()) => actions.reduce(reduce, from);

test('store: a state response sets draft, media, exports and bumps the revision only on change', () => {
  const data = {
    state: {
      draft: wireDraft('16:9'),
      video_infos: [
        { id: 'm1', name: 'one.jpg', kind: 'image', width: 800, height: 600, url: '/files/m1.jpg' },
        { id: 'm2', name: 'song.wav', kind: 'audio', duration_ms: 4000, url: '/files/m2.wav' },
      ],
      generated_media: [
        { id: 'render_1', url: '/files/r1.mp4', width: 1920, height: 1080, created_at: 1_700_000_000 },
      ],
    },
  };
  const state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'state', data },
  ]);
  assert.equal(state.sessionId, 's1');
  assert.equal(state.status, 'ready');
  assert.equal(state.draft?.video.length, 2);
  assert.equal(state.draft?.canvas.width, 1920);
  assert.equal(state.draft?.video[0]?.trimStartMs, 0, 'defaults the wire leaves out are filled in');
  assert.deepEqual(
    state.media.map((m) => [m.id, m.kind, m.durationMs]),
    [
      ['m1', 'image', undefined],
      ['m2', 'audio', 4000],
    ],
  );
  assert.equal(state.exports[0]?.url, '/files/r1.mp4');
  assert.equal(state.exports[0]?.createdAt, new Date(1_700_000_000_000).toISOString());
  assert.equal(state.revision, 1);
  const same = reduce(state, { type: 'state', data });
  assert.equal(same.revision, 1, 'same draft, same revision (preview cache kept)');
  const changed = reduce(state, { type: 'state', data: { state: { draft: wireDraft('9:16') } } });
  assert.equal(changed.revision, 2);
  assert.equal(changed.draft?.canvas.height, 1920);
  assert.equal(changed.media.length, 2, 'fields absent from a response are left alone');
});

test('store: a session without a draft yet', () => {
  const state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'state', data: { state: { draft: null, video_infos: [] } } },
  ]);
  assert.equal(state.draft, undefined);
  assert.equal(state.revision, 0);
});

test('store: undo/redo availability follows edit, undo and redo answers', () => {
  let state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'state', data: { state: { draft: wireDraft('16:9') } } },
  ]);
  assert.deepEqual(state.history, { canUndo: false, canRedo: false, version: 0 });
  state = reduce(state, { type: 'editBusy', busy: true });
  state = reduce(state, {
    type: 'edited',
    data: {
      draft: wireDraft('9:16'),
      changes: ['Aspect → 9:16 (1080×1920)'],
      can_undo: true,
      can_redo: false,
      version: 2,
    },
  });
  assert.equal(state.editBusy, false);
  assert.deepEqual(state.history, { canUndo: true, canRedo: false, version: 2 });
  assert.equal(state.draft?.canvas.width, 1080);
  const last = state.chat.at(-1)!;
  assert.equal(last.role, 'edit');
  assert.deepEqual(
    last.edits.map((e) => e.text),
    ['Aspect → 9:16 (1080×1920)'],
  );
  state = reduce(state, {
    type: 'edited',
    data: {
      draft: wireDraft('16:9'),
      changes: ['Undo → version 1'],
      can_undo: false,
      can_redo: true,
      version: 1,
    },
  });
  assert.deepEqual(state.history, { canUndo: false, canRedo: true, version: 1 });
  state = reduce(state, { type: 'history', history: { canUndo: true, canRedo: false, version: 3 } });
  assert.equal(state.history.canUndo, true);
  // A state response may carry the history too.
  state = reduce(state, {
    type: 'state',
    data: { state: { draft: wireDraft('16:9'), history: { can_undo: false, can_redo: false, version: 1 } } },
  });
  assert.deepEqual(state.history, { canUndo: false, canRedo: false, version: 1 });
});

test('store: selection survives edits while the item exists, and is dropped when it goes', () => {
  const title = { id: 't1', text: 'Road Trip', st: 0, d: 3000, role: 'title' };
  let state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'state', data: { state: { draft: wireDraft('16:9', [title]) } } },
  ]);
  state = reduce(state, { type: 'select', selection: { kind: 'text', id: 't1' } });
  assert.equal(selectedItem(state)?.kind, 'text');
  state = reduce(state, { type: 'state', data: { state: { draft: wireDraft('9:16', [title]) } } });
  assert.deepEqual(state.selection, { kind: 'text', id: 't1' });
  state = reduce(state, { type: 'state', data: { state: { draft: wireDraft('9:16') } } });
  assert.equal(state.selection, undefined);
  state = reduce(state, { type: 'select', selection: { kind: 'video', id: 'v2' } });
  const picked = selectedItem(state);
  assert.equal(picked?.kind === 'video' && picked.index, 1);
});

test('store: uploads progress, finish with media (keeping the local thumbnail) or fail with a sentence', () => {
  let state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'uploadStart', key: 'u1', name: 'one.jpg', size: 1000, kind: 'image', localUrl: 'blob:one' },
    { type: 'uploadStart', key: 'u2', name: 'notes.txt', size: 10, kind: 'unknown' },
    { type: 'uploadProgress', key: 'u1', progress: 0.5 },
  ]);
  assert.equal(uploading(state), true);
  assert.equal(state.uploads[0]?.progress, 0.5);
  state = reduce(state, { type: 'uploadProgress', key: 'u1', progress: 1 });
  assert.equal(state.uploads[0]?.status, 'processing');
  state = reduce(state, {
    type: 'uploadDone',
    key: 'u1',
    media: [{ id: 'm1', name: 'one.jpg', kind: 'image', url: '/f/m1' }],
  });
  state = reduce(state, {
    type: 'uploadFailed',
    key: 'u2',
    error: 'notes.txt is not a photo, clip or music file Joy can use.',
  });
  assert.equal(uploading(state), false);
  assert.equal(state.uploads[0]?.status, 'done');
  assert.equal(state.uploads[0]?.mediaId, 'm1');
  assert.equal(state.uploads[1]?.status, 'failed');
  assert.equal(state.media[0]?.thumbnailUrl, 'blob:one');
  // A later state response keeps the local thumbnail.
  state = reduce(state, {
    type: 'state',
    data: { state: { video_infos: [{ id: 'm1', name: 'one.jpg', kind: 'image', url: '/f/m1' }] } },
  });
  assert.equal(state.media[0]?.thumbnailUrl, 'blob:one');
  state = reduce(state, { type: 'uploadDismiss', key: 'u2' });
  assert.equal(state.uploads.length, 1);
});

test('store: a chat turn streams into one reply with its edit lines', () => {
  let state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'chatSend', id: 'q', replyId: 'r', text: 'make it 9:16' },
  ]);
  assert.equal(state.chatBusy, true);
  state = reduce(state, {
    type: 'chatEvent',
    replyId: 'r',
    event: { partial: true, content: { parts: [{ text: 'Sure' }] } },
  });
  state = reduce(state, {
    type: 'chatEvent',
    replyId: 'r',
    event: {
      content: { parts: [{ functionCall: { id: 'c1', name: 'setAspect', args: { aspect: '9:16' } } }] },
    },
  });
  state = reduce(state, {
    type: 'chatEvent',
    replyId: 'r',
    event: {
      content: {
        parts: [{ functionResponse: { id: 'c1', name: 'setAspect', response: { change: 'Aspect → 9:16' } } }],
      },
    },
  });
  state = reduce(state, { type: 'chatDone', replyId: 'r' });
  const reply = state.chat.find((m) => m.id === 'r')!;
  assert.equal(state.chatBusy, false);
  assert.equal(reply.pending, false);
  assert.equal(reply.text, 'Sure');
  assert.deepEqual(
    reply.edits.map((e) => e.text),
    ['Aspect → 9:16'],
  );
});

test('store: notices are deduplicated and dismissable; a new session resets the project', () => {
  let state = run([
    { type: 'session', sessionId: 's1' },
    { type: 'notice', kind: 'error', text: 'Joy could not be reached.' },
    { type: 'notice', kind: 'error', text: 'Joy could not be reached.' },
  ]);
  assert.equal(state.notices.length, 1);
  state = reduce(state, { type: 'dismiss', id: state.notices[0]!.id });
  assert.equal(state.notices.length, 0);
  state = reduce(state, { type: 'state', data: { state: { draft: wireDraft('16:9') } } });
  state = reduce(state, { type: 'session', sessionId: 's2' });
  assert.equal(state.draft, undefined);
  assert.equal(state.sessionId, 's2');
});

test('store: Store notifies subscribers on change only', () => {
  const store = new Store();
  const seen: string[] = [];
  const stop = store.subscribe((state) => seen.push(state.status));
  store.dispatch({ type: 'offline' });
  store.dispatch({ type: 'state', data: { state: {} } });
  stop();
  store.dispatch({ type: 'connecting' });
  assert.deepEqual(seen, ['offline']);
});
