import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../helpers/media.js';

const dir = tempDir('joy-toolchain-');
const root = new URL('../..', import.meta.url).pathname;

/** What `ffmpeg()` and `ffprobe()` choose in a fresh process with the given environment. */
function choose(env: NodeJS.ProcessEnv): { ok: boolean; out: string } {
  const script = `import { ffmpeg, ffprobe } from './src/media/index.js';
try { console.log(JSON.stringify([ffmpeg(), ffprobe()])); } catch (e) { console.log('ERR ' + e.message); }`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, JOY_FFMPEG: '', JOY_FFPROBE: '', ...env },
    encoding: 'utf8',
  });
  const out = result.stdout.trim();
  return { ok: !out.startsWith('ERR'), out };
}

/** A stand-in system FFmpeg that reports the given libavformat version. */
function fakeBuild(folder: string, release: string, lavf: string): string {
  mkdirSync(folder, { recursive: true });
  for (const name of ['ffmpeg', 'ffprobe']) {
    const path = join(folder, name);
    writeFileSync(
      path,
      `#!/bin/sh\necho "${name} version ${release} Copyright (c) 2000-2025 the FFmpeg developers"\necho "libavformat    ${lavf}.100 / ${lavf}.100"\n`,
    );
    chmodSync(path, 0o755);
  }
  return join(folder, 'ffmpeg');
}

test('a system FFmpeg older than 6.1 is refused with a sentence naming the minimum', () => {
  const old = fakeBuild(join(dir, 'old'), '5.1.6', '59. 27');
  const result = choose({ JOY_FFMPEG: old });
  assert.equal(result.ok, false);
  assert.match(result.out, /FFmpeg 5\.1\.6 \(libavformat 59\.27\); Joy needs FFmpeg 6\.1 or newer/);
  const snapshot = fakeBuild(join(dir, 'snapshot'), 'N-47683-g0e8eb07980-static', '58. 24');
  assert.match(choose({ JOY_FFMPEG: snapshot }).out, /Joy needs FFmpeg 6\.1/);
});

test('a current system FFmpeg is used with the ffprobe beside it, both from one source', () => {
  const current = fakeBuild(join(dir, 'current'), '7.1.1', '61.  7');
  const result = choose({ JOY_FFMPEG: current });
  assert.equal(result.ok, true, result.out);
  const [ffmpeg, ffprobe] = JSON.parse(result.out) as { path: string; origin: string; libavformat: string }[];
  assert.equal(ffmpeg!.path, current);
  assert.equal(ffprobe!.path, join(dir, 'current', 'ffprobe'));
  assert.equal(ffmpeg!.libavformat, '61.7');
  assert.equal(ffprobe!.origin, 'beside JOY_FFMPEG');
});

test('PATH does not decide which FFmpeg runs', () => {
  const decoy = fakeBuild(join(dir, 'decoy'), '99.0', '99. 0');
  const result = choose({ PATH: `${join(dir, 'decoy')}:${process.env.PATH}` });
  assert.equal(result.ok, true, result.out);
  assert.ok(!result.out.includes(decoy), 'a binary on PATH was chosen');
  execFileSync(JSON.parse(result.out)[0].path, ['-hide_banner', '-version']);
});
