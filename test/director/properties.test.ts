import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { direct } from '../../src/director/index.js';
import { validateDraft } from '../../src/model/index.js';
import { context, type DraftName } from './fixtures.js';

/** Random text never throws and never corrupts a draft: it comes back unchanged, or valid. */

const FRAGMENTS = [
  'make it',
  'add',
  'remove',
  'title',
  'caption',
  "'Road Trip'",
  '"',
  "'",
  '“夏天”',
  'music',
  'lo-fi.mp3',
  'photo',
  '2',
  '0',
  '999',
  '-1',
  '3.5',
  'seconds',
  's',
  '%',
  '9:16',
  '16:9',
  '4:5',
  '7:3',
  'fps',
  '1080p',
  '4k',
  'transition',
  'crossfade',
  'fade to black',
  'zoom in',
  'pan left',
  'black and white',
  'vintage',
  'swap',
  'move',
  'to the end',
  'first',
  'last',
  'and',
  ',',
  '，',
  '、',
  '然后',
  '标题',
  '字幕',
  '删除',
  '第二张',
  '第99张',
  '竖屏',
  '秒',
  '音量',
  '百分之',
  '转场',
  '导出',
  'undo',
  'export',
  'credits',
  'every',
  'each',
  'between',
  'after',
  'before',
  '\n',
  '  ',
  '🙂',
  '\u0000',
  '\uE001',
  '#ffcc00',
  'faster',
  'slower',
  'louder',
  'mute',
  'sort by date',
  'reverse',
  'shuffle',
  'end card',
  'at the top',
  'yellow',
  'for',
];

const message = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((parts) => parts.join('')),
);
const draftName = fc.constantFrom<DraftName>('empty', 'one', 'three', 'rich', 'five');

describe('director properties', () => {
  test('random text never throws and never corrupts the draft', async () => {
    await fc.assert(
      fc.asyncProperty(message, draftName, async (text, name) => {
        const ctx = context(name);
        const before = structuredClone(ctx.draft);
        const failures: string[] = [];
        const result = await direct(text, ctx, {
          logger: { warn: (line, details) => failures.push(`${line} ${JSON.stringify(details)}`) },
        });
        assert.deepEqual(failures, [], 'no rule may throw');
        assert.ok(result.reply.length > 0);
        assert.deepEqual(ctx.draft, before, 'the input draft is never modified');
        if (result.commands.length === 0) assert.deepEqual(result.draft, before);
        else validateDraft(result.draft);
        assert.equal(result.changes.length, result.commands.length);
      }),
      { numRuns: 300 },
    );
  });

  test('the same message gives the same commands (deterministic)', async () => {
    await fc.assert(
      fc.asyncProperty(message, async (text) => {
        const a = await direct(text, context('rich'));
        const b = await direct(text, context('rich'));
        const strip = (value: unknown) => JSON.stringify(value).replace(/"id":"t_[0-9a-f]+"/g, '');
        assert.equal(strip(a.commands), strip(b.commands));
        assert.equal(a.route, b.route);
      }),
      { numRuns: 40 },
    );
  });

  test('very long messages are read up to a limit and still answered', async () => {
    const long = `make it 9:16 ${'and again '.repeat(400)}`;
    const result = await direct(long, context('three'));
    assert.equal(result.route, 'edit');
    assert.match(result.reply, /first 2000 characters/);
  });
});
