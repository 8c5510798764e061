import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { direct } from '../../src/director/index.js';
import { llmTools, systemPrompt } from '../../src/director/llm.js';
import type { DirectorContext, DirectorResult } from '../../src/director/types.js';
import { applyCommand, type Draft, type MediaRef, validateDraft } from '../../src/model/index.js';
import {
  audio,
  context,
  draftOf,
  like,
  makeDraft,
  peoplePhotos,
  photos,
  withoutPeople,
  withPeople,
} from './fixtures.js';

/**
 * 2.5D parallax from the director: it goes only on photos whose analysis found people with a trustworthy
 * shape; the reply says which photos got it and why the others did not, and without analysis it says so.
 */

async function send(message: string, ctx: DirectorContext): Promise<DirectorResult> {
  const before = structuredClone(ctx.draft);
  const result = await direct(message, ctx);
  assert.deepEqual(ctx.draft, before, 'the input draft is never modified');
  if (result.commands.length > 0) validateDraft(result.draft);
  else assert.deepEqual(result.draft, before, 'no commands, no change');
  return result;
}

const onPeople = (message: string) => send(message, context('people'));
const on = (
  draft: Draft,
  message: string,
  media: readonly MediaRef[] = [...draft.video.map((s) => s.media)],
) => send(message, { draft, media });

const why = (result: DirectorResult) =>
  `reply: ${result.reply}\ncommands: ${JSON.stringify(result.commands)}`;

/** The 'people' draft: beach.jpg and city.jpg have people, forest.jpg has none. */
const TWO_OF_THREE = [
  { type: 'setMotion', name: 'parallax', index: 0 },
  { type: 'setMotion', name: 'parallax', index: 1 },
];

const motions = (draft: Draft) => draft.video.map((segment) => segment.motion.name);

describe('parallax: phrases', () => {
  const english = [
    'make it 3D',
    'make it 3d please',
    '3d effect',
    'add a 3-D effect',
    'parallax',
    'use the parallax motion',
    'paralax',
    'make it 2.5D',
    '2.5d effect',
    'bring my photos to life',
    'bring them to life',
    'make the photos come alive',
    'make the pictures come to life',
    'depth effect',
    'give it some depth',
    'like a live photo',
    'make the people pop out',
    'make it three dimensional',
  ];
  for (const message of english) {
    test(`"${message}" → parallax on the photos with people`, async () => {
      const result = await onPeople(message);
      assert.equal(result.route, 'edit', why(result));
      assert.equal(result.lang, 'en');
      like(result.commands, TWO_OF_THREE);
      assert.deepEqual(motions(result.draft), ['parallax', 'parallax', 'zoom-in']);
    });
  }

  const chinese = [
    '立体',
    '立体效果',
    '做成立体的',
    '3D效果',
    '加个3d效果',
    '视差',
    '视差效果',
    '2.5D',
    '三维效果',
    '让照片动起来',
    '让照片活起来',
    '照片都动起来',
    '让老照片活过来',
  ];
  for (const message of chinese) {
    test(`“${message}” → parallax on the photos with people`, async () => {
      const result = await onPeople(message);
      assert.equal(result.route, 'edit', why(result));
      like(result.commands, TWO_OF_THREE);
      if (/[\u4e00-\u9fff]/.test(message)) {
        assert.equal(result.lang, 'zh');
        assert.match(result.reply, /立体视差/);
      }
    });
  }

  test('typos are tolerated', async () => {
    for (const message of ['paralax', 'parralax efect', 'brng my photos to life', 'make it 3d efect']) {
      const result = await onPeople(message);
      like(result.commands, TWO_OF_THREE);
    }
  });

  test('phrases other rules own are left to them', async () => {
    const zoom = await onPeople('zoom in on every photo');
    like(zoom.commands, [{ type: 'setMotion', name: 'zoom-in' }]);
    for (const message of ['make it move', 'animate', '动起来', 'make the colors pop', '立体声']) {
      const result = await onPeople(message);
      assert.ok(
        result.commands.every((c) => c.type !== 'setMotion' || c.name !== 'parallax'),
        `${message}: ${why(result)}`,
      );
    }
    const title = await onPeople('add a 3D title');
    assert.equal(title.commands.length, 0, why(title));
    assert.match(title.reply, /What should the title say/);
    const pan = await onPeople('pan left to right');
    like(pan.commands, [{ type: 'setMotion', name: 'pan-right' }]);
  });
});

describe('parallax: direction and strength', () => {
  const cases: [string, string][] = [
    ['parallax from left to right', 'right'],
    ['parallax from right to left', 'left'],
    ['3d effect to the left', 'left'],
    ['3D zoom in', 'in'],
    ['3d parallax moving up', 'up'],
    ['立体效果，从左到右', 'right'],
    ['视差向左', 'left'],
  ];
  for (const [message, direction] of cases) {
    test(`"${message}" → direction ${direction}`, async () => {
      const result = await onPeople(message);
      assert.equal(result.route, 'edit', why(result));
      for (const k of [0, 1]) {
        assert.equal(result.draft.video[k]!.motion.name, 'parallax');
        assert.equal(result.draft.video[k]!.motion.params.direction, direction, why(result));
      }
      assert.equal(result.draft.video[2]!.motion.name, 'zoom-in');
    });
  }

  test('parallax cannot go down: it moves in, and says so', async () => {
    const result = await onPeople('3d going down');
    like(result.commands, [
      { name: 'parallax', params: { direction: 'in' }, index: 0 },
      { name: 'parallax', params: { direction: 'in' }, index: 1 },
    ]);
    assert.match(result.reply, /not down/);
  });

  test('subtle and strong', async () => {
    like((await onPeople('subtle 3d effect')).commands, [
      { name: 'parallax', strength: 0.25, index: 0 },
      { name: 'parallax', strength: 0.25, index: 1 },
    ]);
    like((await onPeople('stronger parallax')).commands, [
      { name: 'parallax', strength: 0.85, index: 0 },
      { name: 'parallax', strength: 0.85, index: 1 },
    ]);
  });
});

describe('parallax: which photos', () => {
  test('mixed draft: the reply names who moves in 3D and why the others do not', async () => {
    const result = await onPeople('make it 3D');
    assert.match(result.reply, /2 photos with people now move in 3D \(beach\.jpg and city\.jpg\)/);
    assert.match(
      result.reply,
      /forest\.jpg \(no people found\) has no clear person to lift, so it keeps its zoom-in\./,
    );
    const zh = await onPeople('3D效果');
    assert.match(zh.reply, /2 张有人物的照片（beach\.jpg、city\.jpg）现在有立体视差效果/);
    assert.match(zh.reply, /forest\.jpg（没有找到人）没有能单独抠出来的人物，保留原来的推近放大/);
  });

  test('unreliable masks give their reason, and the kept motion is the real one', async () => {
    const draft = draftOf([
      withPeople(photos[0]!),
      withPeople(photos[1]!, false, 'the people are too small'),
      withoutPeople(photos[2]!),
    ]);
    const still = applyCommand(applyCommand(draft, { type: 'setMotion', name: 'static', index: 1 }).draft, {
      type: 'setMotion',
      name: 'static',
      index: 2,
    }).draft;
    const result = await on(still, 'bring my photos to life');
    like(result.commands, [{ type: 'setMotion', name: 'parallax', index: 0 }]);
    assert.deepEqual(motions(result.draft), ['parallax', 'static', 'static']);
    assert.match(result.reply, /1 photo with people now moves in 3D \(beach\.jpg\)/);
    assert.match(
      result.reply,
      /city\.jpg \(the people are too small\) and forest\.jpg \(no people found\) have no clear person to lift, so they stay still/,
    );
    const zh = await on(still, '让照片活起来');
    assert.match(
      zh.reply,
      /city\.jpg（人物太小）、forest\.jpg（没有找到人）没有能单独抠出来的人物，保持静止/,
    );
  });

  test('every photo has people: one command for all photos, no excuses', async () => {
    const draft = draftOf([withPeople(photos[0]!), withPeople(photos[1]!)]);
    const result = await on(draft, 'make it 3D');
    like(result.commands, [{ type: 'setMotion', name: 'parallax' }]);
    assert.equal((result.commands[0] as { index?: number }).index, undefined);
    assert.match(result.reply, /motion to Parallax \(2\.5D\) \(all photos\)/);
    assert.doesNotMatch(result.reply, /no clear person/);
  });

  test('positions are respected', async () => {
    const second = await onPeople('parallax on the second photo');
    like(second.commands, [{ type: 'setMotion', name: 'parallax', index: 1 }]);
    assert.deepEqual(motions(second.draft), ['zoom-in', 'parallax', 'zoom-in']);
    like((await onPeople('3d effect on city.jpg')).commands, [{ name: 'parallax', index: 1 }]);
    like((await onPeople('第二张立体')).commands, [{ name: 'parallax', index: 1 }]);
    like((await onPeople('make the first photo 3D')).commands, [{ name: 'parallax', index: 0 }]);
    // Photos with and without people named together: the ones with people get it.
    const both = await onPeople('parallax on photo 2 and on photo 3');
    like(both.commands, [{ name: 'parallax', index: 1 }]);
    assert.match(both.reply, /forest\.jpg \(no people found\) has no clear person to lift/);
  });

  test('a named photo without people: nothing changes, and the reply says why', async () => {
    const result = await onPeople('parallax on the third photo');
    assert.equal(result.route, 'unsupported');
    assert.equal(result.commands.length, 0);
    assert.match(
      result.reply,
      /forest\.jpg has no clear person to lift off the background \(no people found\)/,
    );
    assert.match(result.reply, /push in/);
    const zh = await onPeople('最后一张立体效果');
    assert.equal(zh.commands.length, 0);
    assert.match(zh.reply, /forest\.jpg没有能单独抠出来的人物（没有找到人）/);
  });

  test('video clips are not photos', async () => {
    const clip: MediaRef = { uri: 'clips/run.mp4', kind: 'video', name: 'run.mp4', durationMs: 3000 };
    const result = await on(draftOf([withPeople(photos[0]!), clip]), 'make it 3D');
    like(result.commands, [{ type: 'setMotion', name: 'parallax', index: 0 }]);
    assert.match(result.reply, /run\.mp4 \(a video clip\) has no clear person to lift/);
  });
});

describe('parallax: no person layers', () => {
  test('analysed photos without people: nothing changes, a plain camera move is offered', async () => {
    const draft = draftOf(photos.slice(0, 3).map(withoutPeople));
    const result = await on(draft, 'make it 3D');
    assert.equal(result.route, 'unsupported');
    assert.equal(result.commands.length, 0);
    assert.match(result.reply, /None of the photos has a clear person to lift off the background/);
    assert.match(result.reply, /“push in” or “slow zoom”/);
    assert.match(result.reply, /Nothing was changed/);
    const zh = await on(draft, '让照片动起来');
    assert.equal(zh.commands.length, 0);
    assert.match(zh.reply, /所有照片都没有能单独抠出来的人物/);
    assert.match(zh.reply, /推进/);
  });

  test('photos never analysed (--no-analyse): parallax needs analysis', async () => {
    for (const message of ['make it 3D', 'parallax', 'bring my photos to life']) {
      const result = await send(message, context('three'));
      assert.equal(result.route, 'unsupported', why(result));
      assert.equal(result.commands.length, 0);
      assert.match(result.reply, /Parallax needs photo analysis/);
      assert.match(result.reply, /--no-analyse/);
    }
    const zh = await send('3D效果', context('three'));
    assert.equal(zh.route, 'unsupported');
    assert.match(zh.reply, /立体视差需要先分析照片/);
    assert.match(zh.reply, /草稿没有改动/);
  });

  test('other edits in the same message still apply, and the reply says why parallax did not', async () => {
    const result = await send('make it 9:16 and 3D', context('three'));
    like(result.commands, [{ type: 'setAspect', aspect: '9:16' }]);
    assert.match(result.reply, /Parallax needs photo analysis/);
  });
});

describe('parallax: turning it off', () => {
  test('"no 3D" puts a plain zoom back where parallax was', async () => {
    const first = await onPeople('make it 3D');
    const result = await on(first.draft, 'remove the 3d effect');
    like(result.commands, [
      { type: 'setMotion', name: 'zoom-in', index: 0 },
      { type: 'setMotion', name: 'zoom-in', index: 1 },
    ]);
    assert.deepEqual(motions(result.draft), ['zoom-in', 'zoom-in', 'zoom-in']);
    const zh = await on(first.draft, '不要立体效果');
    like(zh.commands, [
      { name: 'zoom-in', index: 0 },
      { name: 'zoom-in', index: 1 },
    ]);
  });

  test('"no 3D" when nothing uses parallax: nothing changes, and it says so', async () => {
    const result = await onPeople('turn off parallax');
    assert.equal(result.commands.length, 0);
    assert.match(result.reply, /None of the photos uses parallax/);
  });
});

describe('parallax: a new video and the language-model planner', () => {
  test('a new video from analysed uploads gets parallax where there are people', async () => {
    const media = [...peoplePhotos, ...audio];
    const result = await send('make a video from my photos and bring them to life', {
      draft: makeDraft('empty'),
      media,
    });
    assert.equal(result.route, 'create', why(result));
    assert.deepEqual(motions(result.draft).slice(0, 2), ['parallax', 'parallax']);
    assert.notEqual(result.draft.video[2]!.motion.name, 'parallax');
    assert.match(result.reply, /forest\.jpg \(no people found\)/);
  });

  test('the setMotion tool lists parallax (generated from the registry)', () => {
    const tool = llmTools().find((t) => t.function.name === 'setMotion');
    const properties = (tool?.function.parameters.properties ?? {}) as Record<string, { enum?: string[] }>;
    assert.ok(properties.name?.enum?.includes('parallax'));
  });
});

test('the language-model planner is told which photos have a people layer for parallax', () => {
  const draft = makeDraft('people');
  const prompt = systemPrompt(draft, []);
  for (const [i, segment] of draft.video.entries()) {
    const line = prompt.split('\n').find((l) => l.startsWith('Photos in order:'))!;
    const entry = line.split('; ').find((part) => part.includes(`${i}: `))!;
    assert.equal(
      entry.includes('people layer for parallax'),
      Boolean(segment.media.subjectMask?.reliable),
      `photo ${i}: ${entry}`,
    );
  }
  assert.match(prompt, /`parallax` motion only works/);
});
