import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { videoFacts } from '../helpers/frames-compare.js';
import { tempDir } from '../helpers/media.js';

/**
 * The library as a user gets it: Joy compiled and packed with `npm pack`, the tarball unpacked into
 * another folder's node_modules (its dependencies linked from this checkout, so nothing is downloaded),
 * and the README's example run there with plain `node`. Deep imports are refused by the exports map.
 */
const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

async function packJoy(work: string): Promise<string> {
  const stage = join(work, 'stage');
  mkdirSync(stage);
  // Compiled apart from the checkout's dist/, so the test never races a build and packs today's source.
  await run(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', 'tsconfig.build.json', '--outDir', join(stage, 'dist')],
    {
      cwd: root,
    },
  );
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  writeFileSync(join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const entry of pkg.files) {
    if (entry !== 'dist' && existsSync(join(root, entry)))
      cpSync(join(root, entry), join(stage, entry), { recursive: true });
  }
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: stage,
  });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  assert.ok(packed, 'npm pack names its tarball');
  return join(work, packed.filename);
}

function installInto(project: string, tarball: string): Promise<unknown> {
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'joy'), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'joy' || name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  return run('tar', ['-xzf', tarball, '-C', join(modules, 'joy'), '--strip-components=1']);
}

test('the packed library makes a video from two photos with the README example', async () => {
  const work = tempDir('joy-library-');
  const tarball = await packJoy(work);
  const project = join(work, 'project');
  mkdirSync(project);
  await installInto(project, tarball);
  const installed = join(project, 'node_modules', 'joy');
  assert.ok(existsSync(join(installed, 'dist', 'index.js')), 'the tarball holds the compiled library');

  const probe = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const joy = await import('joy');
       const names = ['makeVideo', 'renderDraft', 'loadDraft', 'applyCommands', 'direct', 'JoyError'];
       let deep = 'allowed';
       try { await import('joy/dist/model/draft.js'); } catch (error) { deep = error.code; }
       console.log(JSON.stringify({ missing: names.filter((name) => typeof joy[name] !== 'function'),
         transitions: joy.catalog.transitions.names().length, deep }));`,
    ],
    { cwd: project },
  );
  const surface = JSON.parse(probe.stdout) as { missing: string[]; transitions: number; deep: string };
  assert.deepEqual(surface.missing, []);
  assert.ok(surface.transitions > 10, 'the effect catalogue is exported');
  assert.equal(surface.deep, 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'deep imports are not part of the contract');

  cpSync(join(installed, 'examples', 'library.mjs'), join(project, 'library.mjs'));
  const photos = ['rocket.jpg', 'astronaut.jpg'].map((name) => join(installed, 'examples', 'photos', name));
  const made = await run(process.execPath, ['library.mjs', ...photos, '--out', 'two-photos.mp4'], {
    cwd: project,
  });
  const answer = JSON.parse(made.stdout) as {
    output: string;
    width: number;
    height: number;
    durationMs: number;
  };
  assert.equal(answer.output, join(project, 'two-photos.mp4'));
  const facts = await videoFacts(answer.output);
  assert.equal(facts.codec, 'h264');
  assert.equal(facts.pixFmt, 'yuv420p');
  assert.equal(facts.width, answer.width);
  assert.equal(facts.height, answer.height);
  assert.ok(facts.width! > facts.height!, '16:9 as asked');
  assert.ok(
    Math.abs(facts.videoDurationS * 1000 - answer.durationMs) < 100,
    'the file is as long as reported',
  );
  assert.ok(facts.frames >= 30 * 2, `${facts.frames} frames`);
});
