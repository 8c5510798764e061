import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { JoyError } from '../../src/errors.js';
import {
  applyCommand,
  applyCommands,
  COMMAND_TYPES,
  changeText,
  commandJsonSchemas,
  type Draft,
  DraftHistory,
  draftDurationMs,
  draftView,
  emptyDraft,
  type MediaRef,
  summarizeDraft,
  validateDraft,
} from '../../src/model/index.js';

const photo = (name: string, takenAt?: string): MediaRef => ({
  uri: name,
  kind: 'image',
  name,
  width: 4000,
  height: 3000,
  ...(takenAt ? { takenAt } : {}),
});

function base(): Draft {
  return applyCommands(emptyDraft(), [
    {
      type: 'addMedia',
      media: [photo('a.jpg', '2024-07-03T10:00:00Z'), photo('b.jpg', '2024-07-01T10:00:00Z'), photo('c.jpg')],
      durationMs: 3000,
    },
    { type: 'setTransition', name: 'crossfade', durationMs: 800 },
  ]).draft;
}

const names = (draft: Draft) => draft.video.map((segment) => segment.media.name);

test('format commands change the canvas and say so', () => {
  const { draft, change } = applyCommand(base(), { type: 'setAspect', aspect: '9:16' });
  assert.deepEqual([draft.canvas.width, draft.canvas.height], [1080, 1920]);
  assert.equal(changeText(change), 'Aspect → 9:16 (1080×1920)');
  assert.equal(changeText(change, 'zh'), '画面比例改为 9:16（1080×1920）');
  const hd = applyCommand(draft, { type: 'setResolution', resolution: '720p' }).draft;
  assert.deepEqual([hd.canvas.width, hd.canvas.height], [720, 1280]);
  const preset = applyCommand(base(), { type: 'applyPreset', preset: 'instagram-feed' }).draft;
  assert.deepEqual(
    [preset.canvas.width, preset.canvas.height, preset.meta.preset],
    [1080, 1350, 'instagram-feed'],
  );
  assert.equal(applyCommand(base(), { type: 'setFps', fps: 60 }).draft.canvas.fps, 60);
});

test('setDuration hits the asked length exactly, transitions included', () => {
  for (const seconds of [5, 7.3, 15, 20, 61]) {
    const { draft } = applyCommand(base(), { type: 'setDuration', totalMs: Math.round(seconds * 1000) });
    assert.equal(draftDurationMs(draft), Math.round(seconds * 1000), `${seconds} s`);
  }
  assert.equal(draftDurationMs(applyCommand(base(), { type: 'setDuration', totalMs: 1000 }).draft), 1000);
  const ten = applyCommand(base(), {
    type: 'addMedia',
    media: ['d', 'e', 'f', 'g', 'h', 'i', 'j'].map((n) => photo(`${n}.jpg`)),
  }).draft;
  assert.throws(() => applyCommand(ten, { type: 'setDuration', totalMs: 1000 }), /too short for 10 segments/);
});

test('transitions are clamped to fit their photos; cut removes the overlap', () => {
  const clamped = applyCommand(base(), { type: 'setTransition', name: 'slide-left', durationMs: 9000 });
  const long = clamped.draft;
  assert.ok(long.video[0]!.transition!.durationMs <= 1500);
  // The reply says the length was cut, and why.
  assert.match(changeText(clamped.change), /9s is more than half a photo/);
  assert.match(changeText(clamped.change, 'zh'), /超过了照片时长的一半/);
  const fits = applyCommand(base(), { type: 'setTransition', name: 'slide-left', durationMs: 1000 });
  assert.doesNotMatch(changeText(fits.change), /half a photo/);
  const cut = applyCommand(base(), { type: 'setTransition', name: 'cut' }).draft;
  assert.equal(draftDurationMs(cut), 9000);
  const one = applyCommand(base(), { type: 'setTransition', name: 'circle', index: 1 }).draft;
  assert.equal(one.video[1]!.transition!.name, 'circle');
  assert.equal(one.video[0]!.transition!.name, 'crossfade');
  assert.throws(
    () => applyCommand(base(), { type: 'setTransition', name: 'circle', index: 2 }),
    /no transition after segment 3/,
  );
});

test('order commands move photos; transitions stay between positions', () => {
  assert.deepEqual(names(applyCommand(base(), { type: 'reverseSegments' }).draft), [
    'c.jpg',
    'b.jpg',
    'a.jpg',
  ]);
  assert.deepEqual(names(applyCommand(base(), { type: 'moveSegment', from: 0, to: 2 }).draft), [
    'b.jpg',
    'c.jpg',
    'a.jpg',
  ]);
  assert.deepEqual(names(applyCommand(base(), { type: 'swapSegments', a: 0, b: 1 }).draft), [
    'b.jpg',
    'a.jpg',
    'c.jpg',
  ]);
  const sorted = applyCommand(base(), { type: 'sortByDate' });
  assert.deepEqual(names(sorted.draft), ['b.jpg', 'a.jpg', 'c.jpg'], 'undated photos go last');
  assert.match(changeText(sorted.change), /2 of 3 dated/);
  const removed = applyCommand(base(), { type: 'removeSegment', index: 2 }).draft;
  assert.equal(removed.video.length, 2);
  assert.equal(removed.video[1]!.transition, undefined, 'the new last photo has no transition out');
  for (const draft of [sorted.draft, removed])
    assert.equal(draft.video.filter((s) => s.transition).length, draft.video.length - 1);
});

test('text: titles, captions on a photo, end cards, updates and removal', () => {
  let draft = applyCommand(base(), { type: 'addText', text: 'Road Trip', role: 'title' }).draft;
  draft = applyCommand(draft, { type: 'addText', text: 'Day two', segmentIndex: 1 }).draft;
  draft = applyCommand(draft, {
    type: 'addText',
    text: 'Thanks for watching',
    role: 'end-card',
    durationMs: 2000,
  }).draft;
  const view = draftView(draft);
  assert.deepEqual(
    view.texts.map((t) => [t.text, t.startMs, t.endMs]),
    [
      ['Road Trip', 0, 3000],
      ['Day two', 2200, 5200],
      ['Thanks for watching', 5400, 7400],
    ],
  );
  draft = applyCommand(draft, {
    type: 'updateText',
    index: 0,
    text: 'Road Trip 2024',
    position: 'top',
  }).draft;
  assert.equal(draft.texts[0]!.text, 'Road Trip 2024');
  assert.equal(applyCommand(draft, { type: 'removeText', role: 'title' }).draft.texts.length, 2);
  assert.equal(applyCommand(draft, { type: 'removeText', all: true }).draft.texts.length, 0);
  assert.throws(() => applyCommand(base(), { type: 'removeText', role: 'title' }), /no title/);
});

test('updateText says a change of size or style by name, and several changes together', () => {
  const draft = applyCommand(base(), { type: 'addText', text: 'Hi', role: 'caption' }).draft;
  const bigger = applyCommand(draft, { type: 'updateText', index: 0, size: 1.3 });
  assert.equal(bigger.draft.texts[0]!.size, 1.3);
  assert.equal(changeText(bigger.change), "Text 'Hi' bigger (130%)");
  assert.equal(changeText(bigger.change, 'zh'), '文字“Hi”放大到 130%');
  const smaller = applyCommand(draft, { type: 'updateText', index: 0, size: 0.8 });
  assert.equal(changeText(smaller.change), "Text 'Hi' smaller (80%)");
  const boxed = applyCommand(draft, { type: 'updateText', index: 0, style: 'boxed' });
  assert.equal(changeText(boxed.change, 'zh'), '文字“Hi”的样式改为底框');
  const both = applyCommand(draft, { type: 'updateText', index: 0, size: 1.3, style: 'boxed' });
  assert.equal(changeText(both.change), "Text 'Hi': size 130%; style → Boxed");
  assert.equal(changeText(both.change, 'zh'), '文字“Hi”：大小改为 130%；样式改为底框');
  // A colour, a place and a time are each said by name, never as a bare "updated".
  const placed = applyCommand(draft, { type: 'updateText', index: 0, color: '#ffd600', position: 'top' });
  assert.equal(changeText(placed.change), "Text 'Hi': colour → yellow; moved to the top");
  assert.equal(changeText(placed.change, 'zh'), '文字“Hi”：颜色改为黄色；移到顶部');
  const odd = applyCommand(draft, { type: 'updateText', index: 0, color: '#123456' });
  assert.equal(changeText(odd.change), "Text 'Hi': colour → #123456");
  const timed = applyCommand(draft, { type: 'updateText', index: 0, startMs: 1000, durationMs: 2000 });
  assert.equal(changeText(timed.change), "Text 'Hi': shown 1s–3s");
  assert.equal(draftView(bigger.draft).texts[0]!.size, 1.3);
});

test('music: set, volume, fades, remove; and the summary line', () => {
  let draft = applyCommand(base(), {
    type: 'setMusic',
    media: { uri: 'lo-fi.mp3', kind: 'audio', name: 'lo-fi.mp3' },
    volume: 0.35,
  }).draft;
  draft = applyCommand(draft, { type: 'addText', text: 'Urban Dreams', role: 'title' }).draft;
  assert.equal(
    summarizeDraft(draft),
    'Timeline (3 tracks, 1920×1080 16:9, 30 fps): 1. Video: 3 photos (0-7.4s) 2. BGM: lo-fi.mp3 (0-7.4s, 35%) 3. Title: "Urban Dreams" (0-3s)',
  );
  draft = applyCommand(draft, { type: 'setMusicVolume', volume: 0.2 }).draft;
  draft = applyCommand(draft, { type: 'setMusicFade', fadeOutMs: 3000 }).draft;
  assert.deepEqual([draft.audio[0]!.volume, draft.audio[0]!.fadeOutMs], [0.2, 3000]);
  assert.equal(applyCommand(draft, { type: 'removeMusic' }).draft.audio.length, 0);
  assert.throws(() => applyCommand(base(), { type: 'setMusicVolume', volume: 0.5 }), /no music/);
});

test('a bad command names the field and leaves the draft untouched', () => {
  const draft = base();
  const before = JSON.stringify(draft);
  assert.throws(
    () => applyCommand(draft, { type: 'setMotion', name: 'wobble' }),
    (error: unknown) =>
      error instanceof JoyError && error.code === 'invalid_command' && error.field === 'name',
  );
  assert.throws(() => applyCommand(draft, { type: 'setMotion', name: 'zoom-in', strength: 3 }), /strength/);
  assert.throws(() => applyCommand(draft, { type: 'teleport' }), /Invalid edit/);
  assert.throws(() => applyCommand(draft, { type: 'removeSegment', index: 9 }), /no segment 10/);
  assert.equal(JSON.stringify(draft), before);
});

test('any sequence of valid commands leaves a valid draft', () => {
  const command = fc.oneof(
    fc.constantFrom('9:16', '16:9', '1:1', '4:5').map((aspect) => ({ type: 'setAspect', aspect })),
    fc.integer({ min: 0, max: 4 }).map((index) => ({ type: 'removeSegment', index })),
    fc.integer({ min: 300, max: 8000 }).map((durationMs) => ({ type: 'setSegmentDuration', durationMs })),
    fc.integer({ min: 2000, max: 60000 }).map((totalMs) => ({ type: 'setDuration', totalMs })),
    fc
      .record({
        name: fc.constantFrom('crossfade', 'cut', 'slide-left', 'circle'),
        durationMs: fc.integer({ min: 0, max: 5000 }),
      })
      .map((c) => ({ type: 'setTransition', ...c })),
    fc
      .record({ from: fc.integer({ min: 0, max: 4 }), to: fc.integer({ min: 0, max: 4 }) })
      .map((c) => ({ type: 'moveSegment', ...c })),
    fc.constant({ type: 'reverseSegments' }),
    fc.string({ minLength: 1, maxLength: 40 }).map((text) => ({ type: 'addText', text })),
  );
  fc.assert(
    fc.property(fc.array(command, { maxLength: 12 }), (commands) => {
      let draft = applyCommand(base(), { type: 'addMedia', media: [photo('d.jpg'), photo('e.jpg')] }).draft;
      for (const c of commands) {
        try {
          draft = applyCommand(draft, c).draft;
        } catch (error) {
          assert.ok(error instanceof JoyError, String(error));
        }
      }
      validateDraft(draft);
    }),
    { numRuns: 200 },
  );
});

test('undo and redo walk the versions', () => {
  const history = new DraftHistory(base());
  history.push(applyCommand(history.current, { type: 'setAspect', aspect: '9:16' }).draft);
  history.push(applyCommand(history.current, { type: 'setFps', fps: 60 }).draft);
  assert.equal(history.version, 3);
  assert.equal(history.undo()!.canvas.fps, 30);
  assert.equal(history.undo()!.canvas.width, 1920);
  assert.equal(history.undo(), undefined);
  assert.equal(history.redo()!.canvas.width, 1080);
  history.push(applyCommand(history.current, { type: 'setFps', fps: 24 }).draft);
  assert.equal(history.canRedo(), false);
  const restored = DraftHistory.fromJSON(JSON.parse(JSON.stringify(history.toJSON())));
  assert.equal(restored.current.canvas.fps, 24);
  assert.equal(restored.version, history.version);
});

test('history finds the latest earlier version that had something, and a text goes back where it was', () => {
  const titled = applyCommands(base(), [
    { type: 'addText', text: 'Title', role: 'title' },
    { type: 'addText', text: 'Caption', role: 'caption' },
  ]).draft;
  const history = new DraftHistory(titled);
  history.push(applyCommand(history.current, { type: 'removeText', role: 'title' }).draft);
  history.push(applyCommand(history.current, { type: 'setAspect', aspect: '9:16' }).draft);
  const had = history.latest((draft) => draft.texts.some((text) => text.role === 'title'));
  assert.equal(had, titled);
  assert.equal(
    history.latest((draft) => draft.canvas.width === 1080),
    undefined,
  );
  const back = applyCommand(history.current, { type: 'addText', text: 'Title', role: 'title', at: 0 }).draft;
  assert.deepEqual(
    back.texts.map((text) => text.text),
    ['Title', 'Caption'],
  );
});

test('every command type has a JSON schema for tool calling', () => {
  const schemas = commandJsonSchemas();
  assert.deepEqual(Object.keys(schemas).sort(), [...COMMAND_TYPES].sort());
  assert.ok(COMMAND_TYPES.length >= 25);
});

test('turning the canvas re-picks the automatic framing, and keeps a chosen one', () => {
  let draft = applyCommands(emptyDraft(), [
    { type: 'addMedia', media: [photo('a.jpg'), photo('b.jpg')] },
    { type: 'setFit', name: 'cover' },
    { type: 'setFit', name: 'color', params: { color: '#112233' }, index: 1 },
  ]).draft;
  draft = applyCommand(draft, { type: 'setAspect', aspect: '9:16' }).draft;
  assert.equal(draft.video[0]!.fit.name, 'blur', 'a 4:3 photo cropped for 16:9 is shown whole in 9:16');
  assert.equal(draft.video[1]!.fit.name, 'color', 'a fit someone chose stays');
  draft = applyCommand(draft, { type: 'applyPreset', preset: 'youtube' }).draft;
  assert.equal(draft.video[0]!.fit.name, 'cover');
});
