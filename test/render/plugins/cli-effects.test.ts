import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command } from 'commander';
import { findEffectGroup, formatEffects, registerEffects } from '../../../src/cli/commands/effects.js';
import { effects } from '../../../src/render/effects.js';

async function run(...args: string[]): Promise<string> {
  let text = '';
  const program = new Command('joy').exitOverride();
  registerEffects(program, (chunk) => {
    text += chunk;
  });
  await program.parseAsync(['node', 'joy', 'effects', ...args]);
  return text;
}

test('joy effects lists every group and effect', async () => {
  const text = await run();
  for (const registry of Object.values(effects)) {
    for (const name of registry.names()) assert.ok(text.includes(` ${name} `), name);
  }
  assert.ok(text.includes('softness (number 0–0.5, default 0.08)'));
});

test('joy effects transitions --json prints the descriptors', async () => {
  const list = JSON.parse(await run('transitions', '--json')) as { name: string; params: object }[];
  assert.deepEqual(
    list.map((effect) => effect.name),
    effects.transitions.names(),
  );
});

test('group words: plural, singular, kebab and synonyms', () => {
  assert.equal(findEffectGroup('text-styles'), 'textStyles');
  assert.equal(findEffectGroup('Text Animations'), 'textAnimations');
  assert.equal(findEffectGroup('look'), 'looks');
  assert.equal(findEffectGroup('filters'), 'looks');
  assert.equal(findEffectGroup('nope'), undefined);
  assert.ok(formatEffects('looks').startsWith('Looks ('));
});

test('an unknown group is an error with the choices', async () => {
  const exitCode = process.exitCode;
  const writes: string[] = [];
  const original = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    writes.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    await run('wobbles');
  } finally {
    process.stderr.write = original;
  }
  assert.notEqual(process.exitCode ?? 0, 0);
  process.exitCode = exitCode;
  assert.match(writes.join(''), /Unknown effect group "wobbles"/);
});
