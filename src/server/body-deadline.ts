import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { requestTimeout } from './uploads.js';

/**
 * A JSON (or other non-multipart) body that sends nothing for `idleMs` is refused with 408 and its
 * connection closed, instead of holding a socket for minutes. Multipart uploads watch themselves while
 * they stream to disk (uploads.ts), so their body is left untouched here.
 */
export function addBodyDeadline(app: FastifyInstance, idleMs: number): void {
  app.addHook('preParsing', (request, reply, payload, done) => {
    const hasBody =
      Number(request.headers['content-length'] ?? 0) > 0 ||
      request.headers['transfer-encoding'] !== undefined;
    // The multipart plugin marks its requests only when it parses them, after this hook: ask the header.
    const multipart = /^multipart\//i.test(request.headers['content-type'] ?? '');
    if (!hasBody || multipart) {
      done();
      return;
    }
    const watched = new PassThrough();
    // Fastify listens while it parses; this keeps a body nobody reads (a refused type) from throwing.
    watched.on('error', () => undefined);
    const timer = setTimeout(() => {
      payload.unpipe(watched);
      const error = requestTimeout(Math.round(idleMs / 1000));
      (error as { statusCode?: number }).statusCode = 408;
      watched.destroy(error);
    }, idleMs);
    payload.on('data', () => timer.refresh());
    payload.once('end', () => clearTimeout(timer));
    payload.once('error', (error) => {
      clearTimeout(timer);
      watched.destroy(error);
    });
    watched.once('close', () => clearTimeout(timer));
    reply.raw.once('close', () => clearTimeout(timer));
    done(null, payload.pipe(watched));
  });
}
