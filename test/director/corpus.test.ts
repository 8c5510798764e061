import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { blind1, blind2, blind3, blind4, blind5, corpus, heldOut, runCase } from './corpus/run.js';

/**
 * Messages the director still gets wrong, kept visible as to-dos (and checked to still fail, so a fix
 * moves them out of this list). Everything else in the corpus must pass.
 */
const KNOWN = new Set<string>([]);

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
    const name = `${i + 1}. [${item.f}${heldOut(item) ? ', held out' : ''}] ${item.m}`;
    if (KNOWN.has(item.m)) {
      test(name, { todo: 'not understood yet' }, async () => {
        const outcome = await runCase(item);
        assert.equal(outcome.ok, false, 'this one passes now: take it off the KNOWN list');
      });
      continue;
    }
    test(name, async () => {
      const outcome = await runCase(item);
      assert.ok(outcome.ok, outcome.why);
    });
  }
});

/**
 * Blind set 1: 150 messages written by someone who had not seen the director or its corpus. Scored once
 * before anything was changed for it (133/150), then its misreadings were fixed as classes; it now runs
 * with the corpus.
 */
describe('director blind set 1', () => {
  test('150 messages, both languages', () => {
    assert.equal(blind1.length, 150);
    assert.ok(blind1.filter((item) => /[\u4e00-\u9fff]/.test(item.m)).length >= 40);
  });
  for (const [i, item] of blind1.entries()) {
    test(`${i + 1}. [${item.f}] ${item.m}`, async () => {
      const outcome = await runCase(item);
      assert.ok(outcome.ok, outcome.why);
    });
  }
});

/**
 * Blind set 2: another 150 messages nobody tuned to. Scored 123/150 before anything was changed for it,
 * then its misreadings were fixed as classes; it now runs with the corpus.
 */
describe('director blind set 2', () => {
  test('150 messages, both languages', () => {
    assert.equal(blind2.length, 150);
    assert.ok(blind2.filter((item) => /[\u4e00-\u9fff]/.test(item.m)).length >= 40);
  });
  for (const [i, item] of blind2.entries()) {
    test(`${i + 1}. [${item.f}] ${item.m}`, async () => {
      const outcome = await runCase(item);
      assert.ok(outcome.ok, outcome.why);
    });
  }
});

/** Blind set 3: 120 messages written apart from the director; first scored 118/120, then fixed as classes. */
describe('director blind set 3', () => {
  test('120 messages, both languages', () => {
    assert.equal(blind3.length, 120);
    assert.ok(blind3.filter((item) => /[\u4e00-\u9fff]/.test(item.m)).length >= 30);
  });
  for (const [i, item] of blind3.entries()) {
    test(`${i + 1}. [${item.f}] ${item.m}`, async () => {
      const outcome = await runCase(item);
      assert.ok(outcome.ok, outcome.why);
    });
  }
});

/** Blind set 4: 150 more messages written apart from the director; first scored 137/150, then fixed as classes. */
describe('director blind set 4', () => {
  test('150 messages, both languages', () => {
    assert.equal(blind4.length, 150);
    assert.ok(blind4.filter((item) => /[\u4e00-\u9fff]/.test(item.m)).length >= 40);
  });
  for (const [i, item] of blind4.entries()) {
    test(`${i + 1}. [${item.f}] ${item.m}`, async () => {
      const outcome = await runCase(item);
      assert.ok(outcome.ok, outcome.why);
    });
  }
});

/**
 * Blind set 5: 150 messages typed the way people type on a phone (slang, typos, voice input without
 * punctuation); first scored 131/150 before anything was changed for it, then fixed as classes (two
 * expectations were adjudicated, see the comments in blind5.ts).
 */
describe('director blind set 5', () => {
  test('150 messages, both languages', () => {
    assert.equal(blind5.length, 150);
    assert.ok(blind5.filter((item) => /[\u4e00-\u9fff]/.test(item.m)).length >= 40);
  });
  for (const [i, item] of blind5.entries()) {
    test(`${i + 1}. [${item.f}] ${item.m}`, async () => {
      const outcome = await runCase(item);
      assert.ok(outcome.ok, outcome.why);
    });
  }
});
