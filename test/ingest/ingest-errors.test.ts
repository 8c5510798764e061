import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corruptMedia } from '../../src/ingest/ingest-errors.js';

test('a damaged file names its decoder without FFmpeg’s memory address', () => {
  const error = corruptMedia(
    'frame-playlist.mp3',
    'mp3',
    new Error('[mp3 @ 0x21b65dc0] Failed to find two consecutive MPEG audio frames.\nmore lines'),
  );
  const reason = (error.details as { reason: string }).reason;
  assert.equal(reason, 'mp3: Failed to find two consecutive MPEG audio frames.');
  assert.equal(error.code, 'corrupt_media');
});
