import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { z } from 'zod';
import { JoyError } from '../../src/errors.js';
import {
  applyCommands,
  DRAFT_VERSION,
  draftSchema,
  emptyDraft,
  parseDraft,
  toWire,
  type Upgrader,
  upgradeWire,
} from '../../src/model/index.js';

function sample() {
  return applyCommands(emptyDraft({ aspect: '9:16' }), [
    {
      type: 'addMedia',
      media: [
        {
          uri: 'a.jpg',
          kind: 'image',
          name: 'a.jpg',
          width: 4000,
          height: 3000,
          takenAt: '2024-07-01T10:00:00Z',
        },
        {
          uri: 'b.mp4',
          kind: 'video',
          name: 'b.mp4',
          width: 1920,
          height: 1080,
          durationMs: 4000,
          hasAudio: true,
        },
      ],
    },
    { type: 'setTransition', name: 'fade-black', durationMs: 600 },
    {
      type: 'setMotion',
      name: 'push-in',
      strength: 0.8,
      params: { toward: 'point', x: 0.3, y: 0.4 },
      index: 0,
    },
    { type: 'addText', text: '加标题：我们的夏天', role: 'title' },
    {
      type: 'setMusic',
      media: { uri: 'song.mp3', kind: 'audio', name: 'song.mp3', durationMs: 60000 },
      volume: 0.35,
    },
    { type: 'setLook', name: 'none' },
  ]).draft;
}

test('wire codec round-trips a draft exactly and uses the short keys of the API', () => {
  const draft = sample();
  const wire = toWire(draft);
  assert.deepEqual(
    wire.t.map((track) => track.tt),
    [0, 1, 7],
  );
  assert.equal(wire.t[0]!.sg[0]!.d, 3000);
  assert.ok('m' in wire);
  const back = parseDraft(JSON.parse(JSON.stringify(wire)));
  assert.deepEqual(back, draft);
});

test('a readable draft is accepted too', () => {
  const draft = sample();
  assert.deepEqual(parseDraft(JSON.parse(JSON.stringify(draft))), draft);
});

test('an invalid draft names the field', () => {
  const wire = toWire(sample()) as unknown as { t: { sg: Record<string, unknown>[] }[] };
  (wire.t[0]!.sg[0]!.mo as Record<string, unknown>).s = 7;
  assert.throws(
    () => parseDraft(wire),
    (error: unknown) =>
      error instanceof JoyError &&
      error.code === 'invalid_draft' &&
      error.field === 'video[0].motion.strength',
  );
  assert.throws(
    () => parseDraft({ schema: 'joy.draft', v: 1, w: 1081, h: 1920, fps: 30, t: [{ tt: 0, sg: [] }], m: {} }),
    /canvas\.width: must be even/,
  );
  assert.throws(() => parseDraft({ schema: 'other', v: 1 }), /schema/);
  assert.throws(() => parseDraft([]), /JSON object/);
});

test('drafts newer than this version are refused with a hint', () => {
  const wire = { ...toWire(sample()), v: DRAFT_VERSION + 1 };
  assert.throws(() => parseDraft(wire), /newer than this Joy understands/);
});

test('upgraders run in order from an older version', () => {
  const steps: Upgrader[] = [
    {
      from: 1,
      to: 2,
      description: 'rename title',
      upgrade: (w) => ({ ...w, m: { ...(w.m as object), step1: true } }),
    },
    {
      from: 2,
      to: 3,
      description: 'second',
      upgrade: (w) => ({ ...w, m: { ...(w.m as object), step2: (w.m as { step1?: boolean }).step1 } }),
    },
  ];
  const upgraded = upgradeWire({ v: 1, m: {} }, steps, 3);
  assert.deepEqual(upgraded, { v: 3, m: { step1: true, step2: true } });
  assert.throws(() => upgradeWire({ v: 0, m: {} }, steps, 3), /No upgrade path/);
});

test('every example draft loads, validates and round-trips', () => {
  const dir = new URL('../../examples/', import.meta.url);
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  assert.ok(files.length >= 2, 'examples/ holds example drafts');
  for (const file of files) {
    const draft = parseDraft(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    assert.deepEqual(parseDraft(JSON.parse(JSON.stringify(toWire(draft)))), draft, file);
  }
});

test('docs/draft-schema.json matches the schema in the code (run `npm run docs` after changing it)', () => {
  const generated = JSON.stringify(
    z.toJSONSchema(draftSchema, { unrepresentable: 'any', io: 'input' }),
    null,
    2,
  );
  const committed = readFileSync(new URL('../../docs/draft-schema.json', import.meta.url), 'utf8').trim();
  assert.equal(committed, generated);
});
