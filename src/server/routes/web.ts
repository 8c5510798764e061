import { existsSync, statSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import type { RouteDeps } from '../app-deps.js';

/** Web studio folder: configured, else `web/dist` of the package (next to src/ and dist/). */
export function defaultWebRoot(): string {
  return new URL('../../../web/dist', import.meta.url).pathname;
}

/** The web studio at `/`, when it has been built; API routes keep precedence. */
export const webRoutes: FastifyPluginAsync<RouteDeps> = async (app, { config }) => {
  const webRoot = config.webRoot ?? defaultWebRoot();
  if (!existsSync(webRoot) || !statSync(webRoot).isDirectory()) return;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    index: 'index.html',
    wildcard: true,
    decorateReply: false,
  });
};
