import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { decodeAudioMono } from '../../src/analyse/beats.js';
import { isJoyError } from '../../src/errors.js';
import { probeMedia } from '../../src/ingest/index.js';
import { probe } from '../../src/media/index.js';
import { ClipReader } from '../../src/render/clip-reader.js';
import { ffprobe } from '../helpers/ffmpeg-cli.js';
import { tempDir } from '../helpers/media.js';
import { type Canary, networkFiles, startCanary } from './crafted-files.js';

const run = promisify(execFile);
const dir = tempDir('joy-bound-');
let canary: Canary;

before(async () => {
  canary = await startCanary();
});
after(() => canary.close());

/** Runs a step that must either refuse with a Joy error or finish; anything else is a failure. */
async function refusedOrHandled(step: () => Promise<unknown>): Promise<string> {
  try {
    await step();
    return 'handled';
  } catch (error) {
    assert.ok(isJoyError(error), `not a Joy error: ${String(error)}`);
    return error.code;
  }
}

test('the DASH/MP3 polyglot really reaches the network when FFmpeg probes it unbound', async () => {
  const polyglot = networkFiles(canary.url)[0]!;
  const path = join(dir, `control-${polyglot.name}`);
  writeFileSync(path, polyglot.bytes);
  const before = canary.connections();
  await run(ffprobe().path, ['-v', 'error', '-show_format', path], { timeout: 20_000 }).catch(
    () => undefined,
  );
  assert.ok(
    canary.connections() > before,
    'the crafted file must be a real attack for the tests below to mean anything',
  );
});

for (const file of networkFiles('http://placeholder')) {
  test(`no connection and a clear answer: ${file.what}`, async () => {
    const crafted = networkFiles(canary.url).find((candidate) => candidate.what === file.what)!;
    const path = join(dir, crafted.name);
    writeFileSync(path, crafted.bytes);
    const before = canary.connections();

    const ingest = await refusedOrHandled(() => probeMedia(path, { name: crafted.name }));
    if (crafted.refusedBySniff) assert.equal(ingest, 'unsupported_type', 'refused by content before FFmpeg');
    else assert.match(ingest, /^(unsupported_type|corrupt_media)$/);
    // Render-time and analysis calls bind the file themselves (a hand-written draft skips ingest).
    await refusedOrHandled(() => probe(path));
    await refusedOrHandled(() => decodeAudioMono(path, { maxDurationMs: 2000 }));
    const reader = new ClipReader(path, {
      width: 64,
      height: 64,
      fps: 10,
      trimStartMs: 0,
      layout: { mode: 'cover' },
    });
    await refusedOrHandled(() => reader.frameAt(0));
    reader.close();
    assert.equal(canary.connections(), before, 'the loopback listener saw a connection');
  });
}
