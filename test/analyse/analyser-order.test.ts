import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser } from '../../src/analyse/index.js';
import { photo } from './fixtures.js';

// A render made while its photos are analysed waits on them in the video's order; the caller sends
// each job once its file is hashed, so larger files arrive later than the video needs them.
test('the analysis process takes waiting photos in the order the caller needs them, not the order sent', async () => {
  const analyser = new Analyser();
  const needed = ['coffee', 'group', 'rocket', 'chelsea'] as const;
  const finished: string[] = [];
  try {
    // Sent last-needed first, all while the models load, so all are waiting when the first starts.
    await Promise.all(
      [...needed]
        .map((name, order) => ({ name, order }))
        .reverse()
        .map(({ name, order }) =>
          analyser.photo(photo(name), order).then((analysis) => {
            assert.ok(analysis.width > 0);
            finished.push(name);
          }),
        ),
    );
  } finally {
    await analyser.close();
  }
  assert.deepEqual(finished, [...needed]);
});
