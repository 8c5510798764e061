import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileResolver } from '../../src/make/local-files.js';
import {
  applyCommands,
  changeText,
  emptyDraft,
  fromWire,
  summarizeDraft,
  toWire,
  validateDraft,
  videoFadeAt,
} from '../../src/model/index.js';
import { renderDraft } from '../../src/render/render-draft.js';
import { makePhoto, readVideoFrame, tempDir } from '../helpers/media.js';

const dir = tempDir();

function mean(data: Buffer): number {
  let sum = 0;
  for (const value of data) sum += value;
  return sum / data.length;
}

test('the whole video fades in from black and out to black, texts included, in the MP4 itself', async () => {
  await makePhoto(join(dir, 'a.png'), { width: 320, height: 180, format: 'png' });
  await makePhoto(join(dir, 'b.png'), { width: 320, height: 180, format: 'png', hue: 90 });
  const media = ['a.png', 'b.png'].map((name) => ({ uri: name, kind: 'image' as const, name }));
  const { draft, changes } = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: 320, height: 180 },
    { type: 'setFps', fps: 10 },
    { type: 'addMedia', media, durationMs: 2000 },
    { type: 'setMotion', name: 'static' },
    { type: 'addText', text: 'Road Trip', role: 'title', startMs: 0, durationMs: 4000 },
    { type: 'setVideoFade', inMs: 1000, outMs: 1000 },
  ]);
  assert.equal(changeText(changes.at(-1)!), 'Video fades in from black over 1s, fades out to black over 1s');
  assert.equal(changeText(changes.at(-1)!, 'zh'), '视频开头从黑场淡入（1秒），结尾淡出到黑场（1秒）');
  assert.match(summarizeDraft(draft), /30 fps|10 fps, fade in 1s, fade out 1s\)/);
  const out = join(dir, 'fade.mp4');
  await renderDraft(draft, out, { resolve: fileResolver(dir), workers: 1 });
  const brightness = [];
  for (const n of [0, 5, 10, 20, 34, 39]) brightness.push(mean((await readVideoFrame(out, n)).data));
  const [first, halfIn, full, full2, halfOut, last] = brightness as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // The first and last frames are black (title included); halfway through each fade, about half as bright.
  assert.ok(first < 6, `first frame ${first}`);
  assert.ok(last < 6, `last frame ${last}`);
  assert.ok(full > 80 && full2 > 80, `unfaded frames ${full}, ${full2}`);
  assert.ok(Math.abs(halfIn / full - 0.5) < 0.15, `halfway in ${halfIn} of ${full}`);
  assert.ok(Math.abs(halfOut / full2 - 0.45) < 0.2, `halfway out ${halfOut} of ${full2}`);
  assert.ok(halfIn > first && halfOut > last);
});

test('a fade is data: it survives the wire format, fits inside the video, and old drafts have none', () => {
  const media = [{ uri: 'a.png', kind: 'image' as const }];
  const { draft } = applyCommands(emptyDraft(), [
    { type: 'addMedia', media, durationMs: 3000 },
    { type: 'setVideoFade', inMs: 2500, outMs: 2500, color: '#ffffff' },
  ]);
  // Two fades never take more than the whole video: both shrink alike.
  assert.deepEqual(draft.fade, { inMs: 1500, outMs: 1500, color: '#ffffff' });
  assert.deepEqual(validateDraft(fromWire(toWire(draft) as never)).fade, draft.fade);
  const old = validateDraft(fromWire({ ...toWire(draft), fd: undefined } as never));
  assert.deepEqual(old.fade, { inMs: 0, outMs: 0, color: '#000000' });
  assert.equal(videoFadeAt(old, 0), 0);
  assert.equal(videoFadeAt(draft, 0), 1);
  assert.equal(videoFadeAt(draft, 89), 1, 'the last frame is all fade colour');
  const removed = applyCommands(draft, [{ type: 'setVideoFade', inMs: 0 }]).draft;
  assert.equal(videoFadeAt(removed, 0), 0);
  assert.equal(videoFadeAt(removed, 44), 0);
  assert.deepEqual(removed.fade, { inMs: 0, outMs: 1500, color: '#ffffff' });
});
