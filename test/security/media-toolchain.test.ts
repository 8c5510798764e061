import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MINIMUM_FFMPEG, meetsMinimum } from '../../src/media/index.js';
import { tempDir } from '../helpers/media.js';

const dir = tempDir('joy-toolchain-');
const root = new URL('../..', import.meta.url).pathname;

/** What `mediaLibraries()` reports in a fresh process with the given environment. */
function libraries(env: NodeJS.ProcessEnv): { version: string; libavformat: string; nodeAv: string } {
  const script = `import { mediaLibraries } from './src/media/index.js';
console.log(JSON.stringify(await mediaLibraries()));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim());
}

/** A stand-in system FFmpeg that reports an old version. */
function fakeBuild(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const name of ['ffmpeg', 'ffprobe']) {
    const path = join(folder, name);
    writeFileSync(
      path,
      `#!/bin/sh\necho "${name} version 4.1"\necho "libavformat    58. 20.100 / 58. 20.100"\n`,
    );
    chmodSync(path, 0o755);
  }
  return join(folder, 'ffmpeg');
}

test('the minimum is FFmpeg 6.1: older releases and 2018 snapshots fall short', () => {
  assert.equal(MINIMUM_FFMPEG.release, '6.1');
  assert.equal(meetsMinimum('59.27.100'), false);
  assert.equal(meetsMinimum('58.24'), false);
  assert.equal(meetsMinimum('60.16.100'), true);
  assert.equal(meetsMinimum('62.19.101'), true);
});

test('neither JOY_FFMPEG nor PATH changes the FFmpeg Joy runs: it is the one npm pinned', () => {
  const fake = fakeBuild(join(dir, 'old'));
  const found = libraries({ JOY_FFMPEG: fake, PATH: `${join(dir, 'old')}:${process.env.PATH}` });
  assert.ok(meetsMinimum(found.libavformat), found.libavformat);
  assert.match(found.nodeAv, /^\d+\.\d+\.\d+$/);
});
