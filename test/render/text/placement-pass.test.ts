import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeDraftFile } from '../../../src/cli/draft-file.js';
import { fileResolver } from '../../../src/make/local-files.js';
import { applyCommands, type EditCommand } from '../../../src/model/commands.js';
import type { Draft, MediaRef } from '../../../src/model/draft.js';
import { emptyDraft } from '../../../src/model/new-draft.js';
import { segmentTimings } from '../../../src/model/timeline.js';
import { parseDraft } from '../../../src/model/upgrade.js';
import { toWire } from '../../../src/model/wire.js';
import { createFrameRenderer } from '../../../src/render/frame-renderer.js';
import { createTextOverlays } from '../../../src/render/text/draft-texts.js';
import { placedTexts } from '../../../src/render/text-placement-pass.js';
import { joy } from '../../helpers/cli.js';
import { makePhoto, tempDir } from '../../helpers/media.js';

/**
 * Text placement is a pass after the commands: `addText` without a place keeps the role's default as
 * data, and the renderer (and `joy inspect`) put the text off the faces of the photos on screen, from
 * the face analysis as it is when rendering, not as it was when the text was added.
 */
const dir = tempDir();
const W = 180;
const H = 320;
// Face boxes (photo fractions); the photos have the canvas's shape, so they map straight onto the frame.
const LOW = { x: 0.35, y: 0.72, w: 0.3, h: 0.18 };
const HIGH = { x: 0.35, y: 0.08, w: 0.3, h: 0.18 };

const photo = (uri: string, face: typeof LOW): MediaRef => ({
  uri,
  kind: 'image',
  name: uri,
  width: W,
  height: H,
  focus: { x: 0.5, y: 0.5 },
  faces: [face],
});

async function photos(): Promise<void> {
  await makePhoto(join(dir, 'low.png'), { width: W, height: H, format: 'png' });
  await makePhoto(join(dir, 'high.png'), { width: W, height: H, format: 'png', hue: 90 });
}

function edited(media: MediaRef[], more: EditCommand[]): Draft {
  return applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: W, height: H },
    { type: 'addMedia', media, durationMs: 2000 },
    { type: 'setMotion', name: 'static', strength: 0 },
    { type: 'setFit', name: 'cover' },
    ...more,
  ]).draft;
}

/** The frame rows the draft's texts change, halfway through the first photo (rendered, not computed). */
async function textRows(draft: Draft): Promise<number[]> {
  const middle = Math.round(((segmentTimings(draft)[0]!.endMs / 2) * draft.canvas.fps) / 1000);
  const bare = createFrameRenderer(draft, { resolve: fileResolver(dir) });
  const titled = createFrameRenderer(draft, {
    resolve: fileResolver(dir),
    overlays: createTextOverlays(draft),
  });
  try {
    const a = (await bare.renderFrame(middle)).y.slice();
    const b = (await titled.renderFrame(middle)).y;
    const rows: number[] = [];
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++)
        if (a[y * W + x] !== b[y * W + x]) {
          rows.push(y);
          break;
        }
    }
    return rows;
  } finally {
    bare.close();
    titled.close();
  }
}

const covers = (rows: number[], face: typeof LOW) =>
  rows.some((y) => y >= face.y * H && y <= (face.y + face.h) * H);

test('a caption added by command over a face at the bottom renders away from it; an asked place is kept', async () => {
  await photos();
  const draft = edited([photo('low.png', LOW)], [{ type: 'addText', text: 'Day one', animation: 'none' }]);
  // The command stored the role's default as data, not a place worked out from the faces.
  assert.equal(draft.texts[0]!.position, 'bottom');
  assert.equal(draft.texts[0]!.autoPosition, true);
  assert.equal(placedTexts(draft).texts[0]!.position, 'top');
  const rows = await textRows(draft);
  assert.ok(rows.length > 0, 'the caption is drawn');
  assert.ok(!covers(rows, LOW), `caption rows ${rows[0]}–${rows.at(-1)} clear of the face`);
  assert.ok(rows.at(-1)! < H / 2, 'moved to the top');

  const asked = edited(
    [photo('low.png', LOW)],
    [{ type: 'addText', text: 'Day one', animation: 'none', position: 'bottom' }],
  );
  assert.equal(asked.texts[0]!.autoPosition, undefined);
  assert.equal(placedTexts(asked).texts[0]!.position, 'bottom');
  assert.ok(covers(await textRows(asked), LOW), 'an asked place is never moved');
  // Choosing a place later pins it; editing the words does not.
  const pinned = applyCommands(draft, [{ type: 'updateText', index: 0, position: 'bottom' }]).draft;
  assert.equal(placedTexts(pinned).texts[0]!.position, 'bottom');
  const reworded = applyCommands(draft, [{ type: 'updateText', index: 0, text: 'Day two' }]).draft;
  assert.equal(placedTexts(reworded).texts[0]!.position, 'top');
});

test('placement follows later edits: after a swap the caption moves off the photo now on screen', async () => {
  await photos();
  const draft = edited(
    [photo('low.png', LOW), photo('high.png', HIGH)],
    [
      { type: 'addText', text: 'Day one', role: 'caption', segmentIndex: 0, animation: 'none' },
      { type: 'swapSegments', a: 0, b: 1 },
    ],
  );
  assert.equal(draft.video[0]!.media.uri, 'high.png');
  const rows = await textRows(draft);
  assert.ok(rows.length > 0, 'the caption is drawn');
  assert.ok(!covers(rows, HIGH), `caption rows ${rows[0]}–${rows.at(-1)} clear of the face now on screen`);
  assert.equal(placedTexts(draft).texts[0]!.position, 'bottom');

  // `joy inspect --json` shows where the text will be, through the same pass.
  const path = join(dir, 'swapped.joy.json');
  await writeDraftFile(path, draft);
  const inspected = await joy(['inspect', path, '--json']);
  assert.equal(inspected.code, 0, inspected.stderr);
  assert.equal(JSON.parse(inspected.stdout).texts[0].position, 'bottom');
});

test('the placement intent travels on the wire; a draft without it keeps its position as it is', () => {
  const draft = edited([photo('low.png', LOW)], [{ type: 'addText', text: 'Day one' }]);
  const wire = toWire(draft) as unknown as { t: { tt: number; sg: Record<string, unknown>[] }[] };
  const text = wire.t.find((track) => track.tt === 7)!.sg[0]!;
  assert.equal(text.apos, true);
  assert.equal(parseDraft(wire).texts[0]!.autoPosition, true);
  // A draft written before the pass existed (no `apos`) shows its stored position, faces or not.
  delete text.apos;
  const older = parseDraft(wire);
  assert.equal(older.texts[0]!.autoPosition, undefined);
  assert.equal(placedTexts(older).texts[0]!.position, 'bottom');
});
