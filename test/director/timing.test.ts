import assert from 'node:assert/strict';
import { test } from 'node:test';
import { direct } from '../../src/director/index.js';
import { context } from './fixtures.js';
import { cases } from './table.js';

/**
 * Rule-based understanding is instant: every message of the phrase table is handled in under 20 ms
 * (including applying and validating its commands). The machine is shared, so each message gets a few
 * tries and its best time counts.
 */
test('every phrase-table message takes < 20 ms', async () => {
  for (const item of cases) await direct(item.m, context(item.on ?? 'three')); // warm up
  const slow: string[] = [];
  for (const item of cases) {
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 5 && best >= 20; attempt++) {
      const ctx = context(item.on ?? 'three');
      const start = performance.now();
      await direct(item.m, ctx);
      best = Math.min(best, performance.now() - start);
    }
    if (best >= 20) slow.push(`${best.toFixed(1)} ms: ${item.m}`);
  }
  assert.deepEqual(slow, []);
});
