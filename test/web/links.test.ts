import assert from 'node:assert/strict';
import { test } from 'node:test';
import { earliestExpiry, linkRefreshDelay } from '../../web/src/lib/links.js';

/** The studio reads fresh signed links (session state) before the first one it holds expires. */
test('the earliest expiry among signed links; unsigned links and gaps are ignored', () => {
  assert.equal(
    earliestExpiry([
      'http://h/media/assets/m_a?exp=2000&sig=x',
      undefined,
      'http://h/media/assets/m_a/thumb?exp=1500&sig=y',
      'http://h/media/music/calm.wav',
      'blob:http://h/123',
      'http://h/media/renders/r1.mp4?exp=1800&sig=z',
    ]),
    1_500_000,
  );
  assert.equal(earliestExpiry(['http://h/media/music/calm.wav', undefined]), undefined);
  // "exp" must be the query's own parameter, not part of another one.
  assert.equal(earliestExpiry(['http://h/x?nexp=1&sig=y']), undefined);
});

test('refresh after four fifths of the time left, never sooner than 5 s, never past a timer’s range', () => {
  assert.equal(linkRefreshDelay(1_000_000 + 86_400_000, 1_000_000), 69_120_000);
  assert.equal(linkRefreshDelay(1_000_000 + 1_000, 1_000_000), 5_000);
  assert.equal(linkRefreshDelay(1_000_000 - 60_000, 1_000_000), 5_000);
  assert.equal(linkRefreshDelay(1_000_000 + 10 * 365 * 86_400_000, 1_000_000), 2 ** 31 - 1);
});
