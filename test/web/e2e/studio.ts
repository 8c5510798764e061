import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { type RunningServer, startServer } from '../../../src/server/index.js';
import { launch } from './browser.js';
import { type Files, makeFiles } from './fixtures.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

export interface Studio {
  tmp: string;
  server: RunningServer;
  browser: Browser;
  files: Files;
  close(): Promise<void>;
}

/**
 * The studio as a person meets it: the web app built into a temporary folder, served by a real server
 * with its own data folder, the test photos and music made, and chromium started.
 */
export async function startStudio(name: string): Promise<Studio> {
  const tmp = await mkdtemp(join(tmpdir(), `joy-${name}-e2e-`));
  const webRoot = join(tmp, 'web');
  await build({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(tmp, 'data'),
    logLevel: 'warn',
    webRoot,
  });
  const files = await makeFiles(tmp, ROOT);
  const browser = await launch();
  return {
    tmp,
    server,
    browser,
    files,
    async close() {
      await browser.close();
      await server.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
