import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDraftFile } from '../../src/cli/draft-file.js';
import { parseRate, probe } from '../../src/media/probe.js';
import { draftDurationMs } from '../../src/model/timeline.js';
import { joy } from '../helpers/cli.js';
import { tempDir } from '../helpers/media.js';

const examples = new URL('../../examples/', import.meta.url).pathname;
const dir = tempDir();

for (const file of readdirSync(examples).filter((name) => name.endsWith('.json'))) {
  test(`example ${file} renders and probes as its draft says`, async () => {
    const draft = await readDraftFile(join(examples, file));
    const out = join(dir, file.replace(/\.json$/, '.mp4'));
    const result = await joy(['render', join(examples, file), '-o', out, '--quality', 'draft']);
    assert.equal(result.code, 0, result.stderr);
    const info = await probe(out);
    const video = info.streams.find((s) => s.codec_type === 'video')!;
    assert.equal(video.codec_name, 'h264');
    assert.equal(parseRate(video.r_frame_rate), draft.canvas.fps);
    assert.equal(video.width! / video.height!, draft.canvas.width / draft.canvas.height);
    const seconds = draftDurationMs(draft) / 1000;
    assert.ok(
      Math.abs(Number(info.format.duration) - seconds) <= 1 / draft.canvas.fps + 0.03,
      `${info.format.duration} vs ${seconds}`,
    );
    assert.equal(
      info.streams.some((s) => s.codec_type === 'audio'),
      draft.audio.length > 0,
    );
  });
}
