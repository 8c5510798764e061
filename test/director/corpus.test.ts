import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  blind1,
  blind2,
  blind3,
  blind4,
  blind5,
  blind9,
  blind10,
  blind11,
  corpus,
  heldOut,
  runCase,
} from './corpus/run.js';
import { caseKey, stillMisread } from './corpus/still.js';
import type { CorpusCase } from './corpus/types.js';

/**
 * One corpus or blind-set message as a test: it must produce its draft, unless it is on the
 * still-misread list (`corpus/still.ts`), where it shows as a to-do.
 */
function caseTest(name: string, item: CorpusCase): void {
  if (stillMisread.has(caseKey(item))) {
    test(name, { todo: 'not understood yet' }, async () => {
      assert.equal((await runCase(item)).ok, false);
    });
    return;
  }
  test(name, async () => {
    const outcome = await runCase(item);
    assert.ok(outcome.ok, outcome.why);
  });
}

// A to-do's failure never fails the run, so the list itself is checked: a fix must move its message out.
test('the still-misread list names only messages that are in a set and still misread', async () => {
  const everything = [corpus, blind1, blind2, blind3, blind4, blind5, blind9, blind10, blind11].flat();
  for (const message of stillMisread) {
    const items = everything.filter((item) => caseKey(item) === message);
    assert.ok(items.length > 0, `“${message}” is in no set`);
    for (const item of items)
      assert.equal((await runCase(item)).ok, false, `“${message}” passes now: take it off corpus/still.ts`);
  }
});

describe('director phrase corpus', () => {
  test('at least 300 messages here (600+ with the phrase table), a fifth held out, both languages', () => {
    const chinese = corpus.filter((item) => /[\u4e00-\u9fff]/.test(item.m));
    assert.ok(corpus.length >= 300, `${corpus.length} messages`);
    assert.ok(chinese.length >= 80, `${chinese.length} Chinese messages`);
    const held = corpus.filter(heldOut).length;
    assert.ok(held > corpus.length * 0.15 && held < corpus.length * 0.25, `${held} held out`);
    assert.equal(new Set(corpus.map((item) => `${item.on}|${item.before}|${item.m}`)).size, corpus.length);
  });

  for (const [i, item] of corpus.entries()) {
    caseTest(`${i + 1}. [${item.f}${heldOut(item) ? ', held out' : ''}] ${item.m}`, item);
  }
});

/**
 * Blind sets: messages written by people who had not seen the director or its corpus, each scored once
 * before anything was changed for it, then its misreadings fixed as classes. What a set still misreads
 * is kept visible as to-dos (checked to still fail, so a fix moves them out of the list).
 */
const blindSets: { name: string; items: CorpusCase[]; size: number; chinese: number; firstScore: string }[] =
  [
    { name: 'blind set 1', items: blind1, size: 150, chinese: 40, firstScore: '133/150' },
    { name: 'blind set 2', items: blind2, size: 150, chinese: 40, firstScore: '123/150' },
    { name: 'blind set 3', items: blind3, size: 120, chinese: 30, firstScore: '118/120' },
    { name: 'blind set 4', items: blind4, size: 150, chinese: 40, firstScore: '137/150' },
    // Typed on a phone: slang, typos, voice input without punctuation (two expectations adjudicated in blind5.ts).
    { name: 'blind set 5', items: blind5, size: 150, chinese: 40, firstScore: '131/150' },
    // Written the way people talk to an assistant: chatty, polite, annoyed, dictated, Traditional and mixed.
    { name: 'blind set 9', items: blind9, size: 170, chinese: 70, firstScore: '155/170' },
    // Creators with a purpose (a kid's birthday, a bakery post, a memorial) and corrections mid-message.
    { name: 'blind set 10', items: blind10, size: 170, chinese: 80, firstScore: '141/170' },
    // In a hurry on a phone (lowercase, typos, emoji, 亿点点) or over-explaining around one request.
    { name: 'blind set 11', items: blind11, size: 178, chinese: 85, firstScore: '159/178' },
  ];

for (const set of blindSets) {
  describe(`director ${set.name} (first scored ${set.firstScore})`, () => {
    test(`${set.size} messages, both languages`, () => {
      assert.equal(set.items.length, set.size);
      assert.ok(set.items.filter((item) => /[\u4e00-\u9fff]/.test(item.m)).length >= set.chinese);
    });
    for (const [i, item] of set.items.entries()) caseTest(`${i + 1}. [${item.f}] ${item.m}`, item);
  });
}
