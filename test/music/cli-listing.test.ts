import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { TRACKS } from '../../src/catalog/music.js';
import { STYLES } from '../../src/catalog/styles.js';
import { registerMusic } from '../../src/cli/commands/music.js';
import { registerStyles } from '../../src/cli/commands/styles.js';

async function run(register: (program: Command, write: (text: string) => void) => Command, argv: string[]) {
  let out = '';
  const program = new Command('joy').exitOverride();
  register(program, (text) => {
    out += text;
  });
  await program.parseAsync(['node', 'joy', ...argv]);
  return out;
}

test('joy music lists every track with tempo, length and moods in both languages', async () => {
  const out = await run(registerMusic, ['music']);
  for (const track of TRACKS)
    assert.match(out, new RegExp(`${track.id}\\s+${track.title} / ${track.titleZh}: ${track.bpm} BPM`));
  const json = JSON.parse(await run(registerMusic, ['music', 'first-dance', '--json'])) as {
    bpm: number;
    beatsMs: number[];
  };
  assert.equal(json.bpm, 72);
  assert.equal(json.beatsMs.length, 120);
});

test('joy styles lists every style with what it sets', async () => {
  const out = await run(registerStyles, ['styles']);
  for (const style of STYLES)
    assert.match(out, new RegExp(`${style.id}\\s+${style.title} / ${style.titleZh}`));
  assert.equal(
    (JSON.parse(await run(registerStyles, ['styles', '--json'])) as unknown[]).length,
    STYLES.length,
  );
});
