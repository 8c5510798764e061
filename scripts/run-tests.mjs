#!/usr/bin/env node
// Runs every test file under test/ with Node's test runner (TypeScript through tsx).
// Usage: npm test [-- name-filter ...]   e.g. `npm test -- model ingest`
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}
const filters = process.argv.slice(2);
const files = walk(join(root, 'test'))
  .map((file) => relative(root, file))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();
if (files.length === 0) {
  console.error(`No test files match ${filters.join(' ')}`);
  process.exit(1);
}
const concurrency = process.env.JOY_TEST_CONCURRENCY ?? '2';
const result = spawnSync(
  process.execPath,
  // --expose-gc: the soak tests collect garbage before each sample, so they measure what is kept, not
  // how lazily V8 collects (without it their memory figure swung between 20 and 106 MB run to run).
  ['--expose-gc', '--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, JOY_LOG_LEVEL: process.env.JOY_LOG_LEVEL ?? 'silent' },
  },
);
process.exit(result.status ?? 1);
