import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The studio: Preact through Vite's own JSX transform (Oxc, automatic runtime) — no plug-in needed.
 * `npm run build:web` writes web/dist, which `joy serve` serves at `/`. In development, `vite --config
 * web/vite.config.ts` proxies the API to a `joy serve` on JOY_API (default http://127.0.0.1:8787).
 */
const api = process.env.JOY_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': api, '/run_sse': api, '/media': api },
  },
});
