#!/usr/bin/env node
// Entry point kept in plain JS so `npx joy` works from the built package without a TypeScript loader.
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
