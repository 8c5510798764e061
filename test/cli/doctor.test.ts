import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joy } from '../helpers/cli.js';

test('joy doctor checks every tool and model offline, and each check passes here', async () => {
  const result = await joy(['doctor']);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  for (const label of ['node', 'media', 'encode', 'sharp', 'analysis'])
    assert.match(result.stdout, new RegExp(`^ok\\s+${label}\\s`, 'm'), `${label} passes`);
  assert.match(result.stdout, /people segmentation loaded and ran/);
  // The FFmpeg every probe, decode and encode runs, and where it came from.
  assert.match(
    result.stdout,
    /^ok\s+media\s+FFmpeg \d+\.\d+\S* \(libavformat \d+\.\d+\.\d+\) from npm node-av \d+\.\d+\.\d+/m,
  );
});
