import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeDraft } from '../../web/src/lib/draft.js';
import {
  assignLanes,
  clock,
  dropIndex,
  fitZoom,
  keyboardMove,
  layoutTimeline,
  MAX_PX_PER_SECOND,
  MIN_PX_PER_SECOND,
  rulerTicks,
  segmentAt,
  zoomIn,
  zoomOut,
} from '../../web/src/lib/timeline-layout.js';

/** Three photos of 3 s with 1 s crossfades, a title 0–2 s, a caption 1.5–4 s and music from 0.5 s. */
const wire = {
  schema: 'joy.draft',
  v: 1,
  w: 1080,
  h: 1920,
  fps: 30,
  t: [
    {
      tt: 0,
      sg: [
        {
          id: 'a',
          src: { u: 'asset:1', k: 'image' },
          d: 3000,
          mo: { n: 'zoom-in' },
          fit: { n: 'blur' },
          tr: { n: 'crossfade', d: 1000 },
        },
        {
          id: 'b',
          src: { u: 'asset:2', k: 'image' },
          d: 3000,
          mo: { n: 'static' },
          fit: { n: 'blur' },
          tr: { n: 'crossfade', d: 1000 },
        },
        { id: 'c', src: { u: 'asset:3', k: 'image' }, d: 3000, mo: { n: 'static' }, fit: { n: 'blur' } },
      ],
    },
    { tt: 1, sg: [{ id: 'm', src: { u: 'asset:4', k: 'audio' }, st: 500, vol: 0.35 }] },
    {
      tt: 7,
      sg: [
        { id: 't1', text: 'Road Trip', st: 0, d: 2000, role: 'title' },
        { id: 't2', text: 'Day one', st: 1500, d: 2500 },
        { id: 't3', text: 'Later', st: 4000, d: 1000 },
      ],
    },
  ],
  m: {},
};

const draft = decodeDraft(wire)!;

test('layout: segments are placed from cumulative start times, overlapping by their transitions', () => {
  const layout = layoutTimeline(draft, 100);
  assert.equal(layout.durationMs, 7000); // 3 + 3 + 3 − 1 − 1
  assert.deepEqual(
    layout.video.map((b) => [b.startMs, b.endMs, b.x, b.width]),
    [
      [0, 3000, 0, 300],
      [2000, 5000, 200, 300],
      [4000, 7000, 400, 300],
    ],
  );
  // Visible boxes are cut in the middle of each overlap, so they tile without gaps.
  assert.deepEqual(
    layout.video.map((b) => [b.boxX, b.boxWidth]),
    [
      [0, 250],
      [250, 200],
      [450, 250],
    ],
  );
  assert.deepEqual(
    layout.transitions.map((t) => [t.index, t.name, t.x, t.width]),
    [
      [0, 'crossfade', 200, 100],
      [1, 'crossfade', 400, 100],
    ],
  );
  assert.equal(layout.width, 700);
});

test('layout: zoom scales every x and width', () => {
  const small = layoutTimeline(draft, 40);
  assert.deepEqual(
    small.video.map((b) => [b.x, b.width]),
    [
      [0, 120],
      [80, 120],
      [160, 120],
    ],
  );
  assert.equal(small.transitions[1]!.x, 160);
  assert.equal(small.texts[1]!.x, 60);
  assert.equal(small.texts[1]!.width, 100);
});

test('layout: a cut has no transition block and no overlap', () => {
  const photos = wire.t[0]!.sg as Record<string, unknown>[];
  const cut = decodeDraft({
    ...wire,
    t: [{ tt: 0, sg: photos.map((s) => ({ ...s, tr: s.tr ? { n: 'cut', d: 0 } : undefined })) }],
  })!;
  const layout = layoutTimeline(cut, 100);
  assert.equal(layout.transitions.length, 0);
  assert.deepEqual(
    layout.video.map((b) => [b.x, b.boxX, b.boxWidth]),
    [
      [0, 0, 300],
      [300, 300, 300],
      [600, 600, 300],
    ],
  );
});

test('layout: overlapping texts go to separate lanes, later ones reuse free lanes', () => {
  const layout = layoutTimeline(draft, 100);
  assert.deepEqual(
    layout.texts.map((t) => [t.id, t.x, t.width, t.lane]),
    [
      ['t1', 0, 200, 0],
      ['t2', 150, 250, 1],
      ['t3', 400, 100, 0],
    ],
  );
  assert.equal(layout.textLanes, 2);
  assert.deepEqual(assignLanes([]), { lanes: [], count: 0 });
  assert.deepEqual(
    assignLanes([
      { startMs: 0, endMs: 10 },
      { startMs: 0, endMs: 10 },
      { startMs: 0, endMs: 10 },
    ]).count,
    3,
  );
});

test('layout: music runs from its start to the end of the video unless it has a length', () => {
  const layout = layoutTimeline(draft, 100);
  assert.deepEqual(
    layout.audio.map((a) => [a.startMs, a.endMs, a.x, a.width, a.volume]),
    [[500, 7000, 50, 650, 0.35]],
  );
  const short = decodeDraft({
    ...wire,
    t: [wire.t[0]!, { tt: 1, sg: [{ id: 'm', src: { u: 'asset:4', k: 'audio' }, st: 1000, d: 2000 }] }],
  })!;
  assert.deepEqual(
    layoutTimeline(short, 100).audio.map((a) => [a.x, a.width]),
    [[100, 200]],
  );
});

test('zoom: fit, steps and clamps', () => {
  assert.equal(fitZoom(7000, 700), 100);
  assert.equal(fitZoom(1_000_000, 100), MIN_PX_PER_SECOND);
  assert.equal(fitZoom(100, 10_000), MAX_PX_PER_SECOND);
  assert.equal(zoomIn(100), 150);
  assert.equal(zoomOut(150), 100);
  assert.equal(zoomIn(MAX_PX_PER_SECOND), MAX_PX_PER_SECOND);
  assert.equal(zoomOut(MIN_PX_PER_SECOND), MIN_PX_PER_SECOND);
});

test('ruler: ticks at least the minimum gap apart, labelled as a clock', () => {
  const ticks = rulerTicks(7000, 100, 56);
  assert.deepEqual(
    ticks.map((t) => t.label),
    ['0:00', '0:01', '0:02', '0:03', '0:04', '0:05', '0:06', '0:07'],
  );
  assert.ok(rulerTicks(60_000, 10).every((tick, i, all) => i === 0 || tick.x - all[i - 1]!.x >= 56));
  assert.equal(clock(2500, true), '0:02.5');
  // Rounded once to the tenth shown: never a tenth of 10 ("0:00.10").
  assert.equal(clock(990, true), '0:01');
  assert.equal(clock(940, true), '0:00.9');
  assert.equal(clock(59_960, true), '1:00');
  assert.equal(clock(990), '0:00');
  assert.equal(clock(75_000), '1:15');
});

test('reorder: drop index by box centres, and keyboard moves', () => {
  const { video } = layoutTimeline(draft, 100);
  // Centres: 125, 350, 575.
  assert.equal(dropIndex(video, 0, 10), 0);
  assert.equal(dropIndex(video, 0, 400), 1);
  assert.equal(dropIndex(video, 0, 690), 2);
  assert.equal(dropIndex(video, 2, 0), 0);
  assert.equal(dropIndex(video, 2, 300), 1);
  assert.equal(keyboardMove('ArrowLeft', 1, 3), 0);
  assert.equal(keyboardMove('ArrowRight', 1, 3), 2);
  assert.equal(keyboardMove('ArrowRight', 2, 3), undefined);
  assert.equal(keyboardMove('ArrowLeft', 0, 3), undefined);
  assert.equal(keyboardMove('Home', 2, 3), 0);
  assert.equal(keyboardMove('End', 0, 3), 2);
  assert.equal(keyboardMove('x', 0, 3), undefined);
});

test('segmentAt: the photo whose box holds a time', () => {
  const { video } = layoutTimeline(draft, 100);
  assert.equal(segmentAt(video, 0), 0);
  assert.equal(segmentAt(video, 2400), 0);
  assert.equal(segmentAt(video, 2600), 1);
  assert.equal(segmentAt(video, 6999), 2);
  assert.equal(segmentAt(video, 7000), undefined);
});
