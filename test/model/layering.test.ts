import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The model sits below the pixels: no file in src/model imports (at run time or for types) anything
 * from the layers above it, and the lint rule that says so carries no exceptions. Passes that need the
 * renderer (framing, text placement) run after the commands, in src/render.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const ABOVE = ['ingest', 'analyse', 'director', 'render', 'encode', 'jobs', 'server', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

test('src/model imports nothing from render, analyse, server or any layer above it', () => {
  const found: string[] = [];
  for (const file of sources(join(root, 'src/model'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)) {
      const target = relative(join(root, 'src'), resolve(dirname(file), match[1]!));
      if (ABOVE.includes(target.split(/[\\/]/)[0]!)) found.push(`${relative(root, file)} → ${match[1]}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the lint rule for src/model lists every layer above it, with no exception', () => {
  const biome = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as {
    overrides: { includes: string[]; linter?: { rules?: { style?: { noRestrictedImports?: unknown } } } }[];
  };
  const model = biome.overrides.find((override) => override.includes.includes('src/model/**'));
  const rule = model?.linter?.rules?.style?.noRestrictedImports as
    | { level: string; options: { patterns: { group: string[] }[] } }
    | undefined;
  assert.equal(rule?.level, 'error');
  const groups = rule!.options.patterns.flatMap((pattern) => pattern.group);
  assert.deepEqual(
    groups.filter((group) => group.startsWith('!')),
    [],
    'no file above the model is let through',
  );
  for (const layer of ABOVE) assert.ok(groups.includes(`**/${layer}/**`), `${layer} is restricted`);
});
