import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { direct } from '../../src/director/index.js';
import { draftView, validateDraft } from '../../src/model/index.js';
import { context, like } from './fixtures.js';
import { cases } from './table.js';

const CJK = /[\u4e00-\u9fff]/;

describe('director phrase table', () => {
  test('covers at least 150 messages, 40 in Chinese, with misspellings', () => {
    const chinese = cases.filter((c) => CJK.test(c.m));
    assert.ok(cases.length >= 150, `only ${cases.length} messages`);
    assert.ok(chinese.length >= 40, `only ${chinese.length} Chinese messages`);
    assert.ok(cases.filter((c) => c.typo).length >= 12);
  });

  for (const [i, item] of cases.entries()) {
    const on = item.on ?? 'three';
    test(`${i + 1}. [${on}] ${item.m}`, async () => {
      const ctx = context(on);
      const before = structuredClone(ctx.draft);
      const result = await direct(item.m, ctx);
      const why = `reply: ${result.reply}\ncommands: ${JSON.stringify(result.commands)}`;
      assert.ok(result.reply.trim().length > 0, 'every message gets a reply');
      assert.doesNotMatch(result.reply, /click|button/i);
      const zh = CJK.test(item.m.replace(/['"“”‘’「」][^'"“”‘’「」]*['"“”‘’「」]/g, ''));
      assert.equal(result.lang, zh ? 'zh' : 'en');
      if (zh) assert.match(result.reply, CJK, 'Chinese messages get Chinese replies');
      const expectedRoute = item.route ?? (item.same ? undefined : 'edit');
      if (expectedRoute) assert.equal(result.route, expectedRoute, why);
      if (item.c) {
        try {
          like(result.commands, item.c);
        } catch (error) {
          assert.fail(`${(error as Error).message}\n${why}`);
        }
      }
      if (item.v) {
        try {
          like(draftView(result.draft), item.v);
        } catch (error) {
          assert.fail(`${(error as Error).message}\n${why}`);
        }
      }
      if (item.reply) assert.match(result.reply, item.reply, why);
      if (item.same || result.commands.length === 0) {
        assert.deepEqual(result.draft, before, `the draft must be unchanged\n${why}`);
        assert.equal(result.commands.length, 0);
      } else {
        validateDraft(result.draft);
        assert.equal(result.changes.length, result.commands.length);
      }
      // The input draft object is never modified.
      assert.deepEqual(ctx.draft, before);
    });
  }
});
