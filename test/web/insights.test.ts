import assert from 'node:assert/strict';
import { test } from 'node:test';
import { translator } from '../../src/messages/index.js';
import { toWire } from '../../src/model/index.js';
import { decodeDraft, readAnalysis } from '../../web/src/lib/draft.js';
import {
  beatTicks,
  boxStyle,
  clipMarks,
  clipNotes,
  joinPhrases,
  photoFacts,
  photoSummary,
  reasonText,
  tempo,
  ticksPath,
  whereIs,
} from '../../web/src/lib/insights.js';

const en = translator('en');
const zh = translator('zh');
const facts = (media: Parameters<typeof photoFacts>[0], t = en) =>
  photoFacts(media, t)
    .map((fact) => fact.text)
    .join(' · ');

const face = { x: 0.1, y: 0.1, w: 0.2, h: 0.25 };
const box = { x: 0.05, y: 0.05, w: 0.5, h: 0.9 };
/** Stands in for the mask analysis writes: the studio only looks at whether one is there. */
const PNG = 'iVBORw0KGgo=';

test('insights: the facts line says faces, the people layer and flags', () => {
  assert.equal(
    facts({ faces: [face, face], subjectMask: { reliable: true, coverage: 0.3, box, mask: PNG } }),
    '2 faces · person layer ready for parallax',
  );
  assert.equal(
    facts({ faces: [], subjectMask: { reliable: false, coverage: 0, box, reason: 'no people found' } }),
    'No faces · parallax uses a plain zoom',
    'the reason is not repeated when it only says there are no faces',
  );
  assert.equal(
    facts({
      faces: [face],
      subjectMask: { reliable: false, coverage: 0.01, box, reason: 'the people are too small' },
    }),
    '1 face · parallax uses a plain zoom (the people are too small)',
  );
  assert.equal(
    facts({
      faces: [face],
      subjectMask: { reliable: false, coverage: 0.01, box, reason: 'the moon was odd' },
    }),
    '1 face · parallax uses a plain zoom (the moon was odd)',
    'an unknown reason is shown as written',
  );
  assert.equal(
    facts({ faces: [], flags: ['blurry', 'duplicate'], duplicateOf: 'beach.jpg' }),
    'No faces · parallax uses a plain zoom · Flagged: blurry · Near-duplicate of beach.jpg',
  );
  assert.equal(facts({ flags: ['duplicate'] }), 'Flagged: near-duplicate');
  assert.equal(facts({}), 'Not analysed yet');
  assert.equal(
    facts({ focus: { x: 0.5, y: 0.5 } }),
    'No faces · parallax uses a plain zoom',
    'analysis leaves out the faces it did not find',
  );
  assert.equal(facts({ focus: { x: 0.5, y: 0.5 }, faces: [face] }), '1 face · parallax uses a plain zoom');
  assert.equal(facts({ flags: ['blurry'] }), 'Flagged: blurry');
  const tones = photoFacts(
    { faces: [], subjectMask: { reliable: true, coverage: 0.2, box, mask: PNG }, flags: ['blurry'] },
    en,
  ).map((fact) => fact.tone);
  assert.deepEqual(tones, [undefined, 'good', 'warn']);
  assert.equal(
    facts(
      {
        faces: [face, face, face],
        subjectMask: { reliable: false, coverage: 0.8, box, reason: 'the people fill the photo' },
      },
      zh,
    ),
    '3 张人脸 · 视差改用普通缩放（人物占满了画面）',
  );
  assert.equal(reasonText('The outline is uncertain', zh), '轮廓不够确定');
});

test('insights: the picture is summarised for a screen reader', () => {
  assert.equal(whereIs({ x: 0.1, y: 0.2 }), 'upper-left');
  assert.equal(whereIs({ x: 0.5, y: 0.5 }), 'centre');
  assert.equal(whereIs({ x: 0.9, y: 0.5 }), 'right');
  assert.equal(whereIs({ x: 0.5, y: 0.95 }), 'bottom');
  assert.equal(whereIs({ x: 1, y: 1 }), 'lower-right');
  assert.equal(
    photoSummary({ faces: [face, face], focus: { x: 0.2, y: 0.2 } }, en, 'Photo 1'),
    '2 faces found; focus on the upper left',
  );
  assert.equal(photoSummary({ faces: [] }, en, 'Photo 1'), 'No faces found');
  assert.equal(
    photoSummary({ focus: { x: 0.5, y: 0.1 } }, en, 'Photo 1'),
    'No faces found; focus on the top',
  );
  assert.equal(photoSummary({}, en, 'Photo 1'), 'Photo 1');
  assert.equal(
    photoSummary({ faces: [face], focus: { x: 0.5, y: 0.5 } }, zh, '照片'),
    '发现 1 张人脸；焦点在中央',
  );
});

test('insights: boxes become percentages, kept inside the picture', () => {
  assert.deepEqual(boxStyle({ x: 0.1, y: 0.2, w: 0.3, h: 0.4 }), {
    left: '10.00%',
    top: '20.00%',
    width: '30.00%',
    height: '40.00%',
  });
  assert.deepEqual(boxStyle({ x: 0.8, y: 0.9, w: 0.5, h: 0.5 }), {
    left: '80.00%',
    top: '90.00%',
    width: '20.00%',
    height: '10.00%',
  });
});

test('insights: timeline marks on a photo stay off narrow clips', () => {
  const both = { flags: ['blurry' as const], subjectMask: { reliable: true, coverage: 0.3, box, mask: PNG } };
  assert.deepEqual(clipMarks(both, 200), { flags: ['blurry'], showFlag: true, showDepth: true });
  assert.deepEqual(clipMarks(both, 70), { flags: ['blurry'], showFlag: true, showDepth: false });
  assert.deepEqual(clipMarks(both, 20), { flags: ['blurry'], showFlag: false, showDepth: false });
  assert.equal(
    clipMarks({ subjectMask: { reliable: true, coverage: 0.3, box, mask: PNG } }, 70).showDepth,
    true,
  );
  assert.equal(clipMarks({ subjectMask: { reliable: false, coverage: 0.3, box } }, 300).showDepth, false);
  assert.deepEqual(clipMarks({}, 300), { flags: [], showFlag: false, showDepth: false });
  assert.deepEqual(clipNotes({ ...both, faces: [face] }, en), [
    'person layer ready for parallax',
    'Flagged: blurry',
  ]);
  assert.equal(joinPhrases(['Photo 1 of 3', 'Flagged: blurry'], 'en'), 'Photo 1 of 3; Flagged: blurry');
  assert.equal(joinPhrases(['第 1 张', '已标记：模糊'], 'zh'), '第 1 张；已标记：模糊');
});

test('beat ticks: to scale, shifted by the start and the trim, inside the block', () => {
  const beatsMs = [0, 500, 1000, 1500, 2000, 2500, 3000];
  // At 100 px/s a beat every 0.5 s is 50 px apart.
  assert.deepEqual(
    beatTicks({ beatsMs, startMs: 1000, endMs: 3000, trimStartMs: 0, loop: false, pxPerSecond: 100 }).xs,
    [0, 50, 100, 150],
  );
  // Trimmed by 700 ms: the beat at 1000 ms of the file plays 300 ms into the block.
  assert.deepEqual(
    beatTicks({ beatsMs, startMs: 0, endMs: 1500, trimStartMs: 700, loop: false, pxPerSecond: 100 }).xs,
    [30, 80, 130],
  );
  // Unsorted and out-of-range beats are tolerated.
  assert.deepEqual(
    beatTicks({
      beatsMs: [1000, -5, 0, Number.NaN],
      startMs: 0,
      endMs: 2000,
      trimStartMs: 0,
      loop: false,
      pxPerSecond: 10,
    }).xs,
    [0, 10],
  );
  assert.deepEqual(
    beatTicks({ beatsMs, startMs: 500, endMs: 500, trimStartMs: 0, loop: false, pxPerSecond: 100 }).xs,
    [],
  );
  assert.deepEqual(
    beatTicks({ beatsMs: [], startMs: 0, endMs: 5000, trimStartMs: 0, loop: true, pxPerSecond: 100 }).xs,
    [],
  );
});

test('beat ticks: a looping track repeats its beats from the start of the file', () => {
  const beatsMs = [100, 600];
  // A 1 s file trimmed by 500 ms: pass 1 plays 500–1000 (beat 600 at 100), pass 2 starts at 500 ms.
  assert.deepEqual(
    beatTicks({
      beatsMs,
      startMs: 0,
      endMs: 2500,
      trimStartMs: 500,
      mediaDurationMs: 1000,
      loop: true,
      pxPerSecond: 100,
    }).xs,
    [10, 60, 110, 160, 210],
  );
  // Not looping: the beats stop with the file.
  assert.deepEqual(
    beatTicks({
      beatsMs,
      startMs: 0,
      endMs: 2500,
      trimStartMs: 500,
      mediaDurationMs: 1000,
      loop: false,
      pxPerSecond: 100,
    }).xs,
    [10],
  );
  // Beats past the end of the file (bad data) are not drawn.
  assert.deepEqual(
    beatTicks({
      beatsMs: [100, 1200],
      startMs: 0,
      endMs: 900,
      trimStartMs: 0,
      mediaDurationMs: 1000,
      loop: false,
      pxPerSecond: 100,
    }).xs,
    [10],
  );
});

test('beat ticks: thinned to every 2nd, 4th… beat when zoomed out, and capped', () => {
  const beatsMs = Array.from({ length: 240 }, (_, i) => i * 500); // 120 BPM for 2 minutes
  const near = beatTicks({
    beatsMs,
    startMs: 0,
    endMs: 120_000,
    trimStartMs: 0,
    loop: false,
    pxPerSecond: 100,
  });
  assert.equal(near.every, 1);
  assert.equal(near.xs.length, 240);
  // At 8 px/s beats are 4 px apart: every 2nd beat (8 px).
  const far = beatTicks({ beatsMs, startMs: 0, endMs: 120_000, trimStartMs: 0, loop: false, pxPerSecond: 8 });
  assert.equal(far.every, 2);
  assert.deepEqual(far.xs.slice(0, 3), [0, 8, 16]);
  const tiny = beatTicks({
    beatsMs,
    startMs: 0,
    endMs: 120_000,
    trimStartMs: 0,
    loop: false,
    pxPerSecond: 8,
    minGapPx: 20,
  });
  assert.equal(tiny.every, 8);
  const capped = beatTicks({
    beatsMs: [0, 100],
    startMs: 0,
    endMs: 3_600_000,
    trimStartMs: 0,
    mediaDurationMs: 200,
    loop: true,
    pxPerSecond: 100,
    maxTicks: 50,
  });
  assert.equal(capped.xs.length, 50);
});

test('beat ticks: drawn as one thin path; tempo is whole beats per minute', () => {
  assert.equal(ticksPath([0, 49.6, 100.2], 7), 'M0.5 0v7M49.5 0v7M100.5 0v7');
  assert.equal(ticksPath([], 7), '');
  assert.equal(tempo(119.6), 120);
  assert.equal(tempo(0), undefined);
  assert.equal(tempo(undefined), undefined);
  assert.equal(en('timeline.bpm', { bpm: 120 }), '120 BPM');
  assert.equal(en('insight.tempo', { bpm: 120, n: 64 }), '120 BPM · 64 beats found');
});

test('decodeDraft: keeps what analysis found, drops what is malformed', () => {
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
            src: {
              u: 'asset:1',
              k: 'image',
              f: { x: 0.3, y: 0.2 },
              fc: [face, { x: 'bad' }],
              sm: { reliable: true, coverage: 0.3, box, mask: 'iVBORw0KGgo=' },
              fl: ['blurry', 'smudged'],
              dup: 'beach.jpg',
            },
            d: 2000,
          },
          {
            id: 'b',
            src: { u: 'asset:2', k: 'image', f: 'centre', fc: 'none', sm: { reliable: 'yes' } },
            d: 2000,
          },
        ],
      },
      {
        tt: 1,
        sg: [{ id: 'm', src: { u: 'asset:3', k: 'audio', d: 30_000, bt: [0, 500, -1, 'x'], bpm: 120 } }],
      },
    ],
    m: {},
  };
  const draft = decodeDraft(wire)!;
  const a = draft.video[0]!.media;
  assert.deepEqual(a.focus, { x: 0.3, y: 0.2 });
  assert.deepEqual(a.faces, [face]);
  assert.deepEqual(a.subjectMask, { reliable: true, coverage: 0.3, box, mask: 'iVBORw0KGgo=' });
  assert.deepEqual(a.flags, ['blurry']);
  assert.equal(a.duplicateOf, 'beach.jpg');
  const b = draft.video[1]!.media;
  assert.deepEqual(Object.keys(b).sort(), ['kind', 'uri'], 'malformed analysis is left out');
  const music = draft.audio[0]!.media;
  assert.deepEqual(music.beatsMs, [0, 500]);
  assert.equal(music.bpm, 120);
  assert.equal(music.durationMs, 30_000);
  assert.deepEqual(
    readAnalysis({ focus: { x: 2, y: -1 } }),
    { focus: { x: 1, y: 0 } },
    'fractions are clamped',
  );
  // A well-formed draft with analysis goes through unchanged.
  const again = decodeDraft(toWire(draft));
  assert.deepEqual(again, draft);
});
