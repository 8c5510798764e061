import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  catalog,
  EFFECT_GROUPS,
  type EffectGroup,
  normalizeName,
  paramsSchema,
  resolveParams,
} from '../../../src/catalog/index.js';
import { effects, implementedNames } from '../../../src/render/effects.js';

const FOLDERS: Record<EffectGroup, string> = {
  motions: 'motions',
  transitions: 'transitions',
  looks: 'looks',
  fits: 'fits',
  textStyles: 'text-styles',
  textAnimations: 'text-animations',
};
const root = new URL('../../../src/render/', import.meta.url);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('catalogue and implementations', () => {
  for (const group of EFFECT_GROUPS) {
    test(`${group}: every catalogue entry has one implementation and every implementation an entry`, () => {
      const implemented = implementedNames[group];
      assert.equal(
        new Set(implemented).size,
        implemented.length,
        `${group}: an implementation is listed twice`,
      );
      assert.deepEqual([...implemented].sort(), catalog[group].names().sort());
      assert.deepEqual(
        effects[group].names(),
        catalog[group].names(),
        'the render registry keeps catalogue order',
      );
      for (const name of catalog[group].names()) {
        assert.equal(effects[group].get(name).description, catalog[group].get(name).description, name);
      }
    });

    test(`${group}: an unknown name resolves to the fallback, in the catalogue and in the renderer`, () => {
      const fallback = catalog[group].fallback;
      assert.ok(catalog[group].has(fallback));
      assert.equal(catalog[group].resolve('made-up-effect').name, fallback);
      assert.equal(effects[group].resolve('made-up-effect').name, fallback);
    });
  }
});

describe('plug-in folders', () => {
  for (const [group, folder] of Object.entries(FOLDERS) as [EffectGroup, string][]) {
    test(`${folder}: every file is listed in index.ts, and every implementation comes from one file`, async () => {
      const dir = new URL(`${folder}/`, root);
      const index = readFileSync(new URL('index.ts', dir), 'utf8');
      const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
      const registered = new Set(implementedNames[group]);
      const found: string[] = [];
      for (const file of files) {
        const stem = file.replace(/\.ts$/, '');
        assert.match(stem, KEBAB, `${folder}/${file} must be kebab-case`);
        assert.ok(
          index.includes(`'./${stem}.js'`),
          `${folder}/${file} is not imported by ${folder}/index.ts`,
        );
        const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
        // One implementation named after its file, or a table of them (the directional transitions).
        const single = Object.values(module).filter(
          (value) => typeof value === 'object' && value && !Array.isArray(value) && 'name' in value,
        ) as { name: string }[];
        const tables = Object.values(module).filter(Array.isArray) as { name: string }[][];
        assert.equal(
          single.length + tables.length,
          1,
          `${folder}/${file} exports one implementation or one table`,
        );
        if (single[0]) assert.equal(single[0].name, stem, `${folder}/${file} should be named after its file`);
        for (const implementation of single[0] ? single : tables[0]!) {
          assert.ok(
            registered.has(implementation.name),
            `${folder}/${file} (${implementation.name}) is missing from the ${folder} list`,
          );
          found.push(implementation.name);
        }
      }
      assert.deepEqual(
        found.sort(),
        [...registered].sort(),
        `${folder} lists implementations that have no file`,
      );
    });
  }
});

describe('descriptors', () => {
  for (const group of EFFECT_GROUPS) {
    const registry = catalog[group];
    test(`${group}: unique kebab-case names, aliases that collide with nothing in the group`, () => {
      const owner = new Map<string, string>();
      for (const plugin of registry.list()) {
        assert.match(plugin.name, KEBAB);
        assert.ok(!owner.has(plugin.name), `name ${plugin.name} is taken by ${owner.get(plugin.name)}`);
        owner.set(plugin.name, plugin.name);
      }
      for (const plugin of registry.list()) {
        for (const alias of plugin.aliases ?? []) {
          assert.equal(
            normalizeName(alias),
            alias,
            `alias "${alias}" of ${plugin.name} is not in normal form`,
          );
          const taken = owner.get(alias);
          assert.ok(taken === undefined, `alias "${alias}" of ${plugin.name} collides with ${taken}`);
          owner.set(alias, plugin.name);
          assert.equal(registry.find(alias), plugin);
        }
      }
    });

    test(`${group}: titles, descriptions and parameter specs are complete and consistent`, () => {
      for (const plugin of registry.list()) {
        assert.ok(plugin.description.trim(), plugin.name);
        for (const [key, spec] of Object.entries(plugin.params)) {
          assert.ok(spec.description.trim(), `${plugin.name}.${key} needs a description`);
          if (spec.type === 'number')
            assert.ok(spec.min <= spec.default && spec.default <= spec.max, `${plugin.name}.${key}`);
          if (spec.type === 'enum') assert.ok(spec.values.includes(spec.default), `${plugin.name}.${key}`);
        }
        // The defaults pass the plug-in's own schema.
        assert.ok(paramsSchema(plugin).safeParse(resolveParams(plugin, {})).success, plugin.name);
      }
    });
  }
});
