#!/usr/bin/env node
// Plain JS so `npx joy` runs the built package without a TypeScript loader.
import('../dist/cli/bin.js').catch((error) => {
  console.error(`joy: ${error instanceof Error ? error.message : String(error)}`);
  if (error && error.code === 'ERR_MODULE_NOT_FOUND')
    console.error('     Run `npm install` (it builds Joy) first.');
  process.exit(1);
});
