import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { JoyError } from '../errors.js';

/**
 * Streams a file with HTTP range support (one range; `bytes=a-b`, `bytes=a-`, `bytes=-n`), ETag and
 * Last-Modified, so players can seek and downloads can resume. HEAD answers headers only.
 */
export async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  path: string,
  contentType: string,
  downloadName?: string,
): Promise<FastifyReply> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
  } catch {
    throw new JoyError('not_found', 'No such file.');
  }
  const size = info.size;
  const etag = `"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  reply.header('accept-ranges', 'bytes');
  reply.header('content-type', contentType);
  reply.header('etag', etag);
  reply.header('last-modified', info.mtime.toUTCString());
  reply.header('cache-control', 'private, max-age=3600');
  reply.header('x-content-type-options', 'nosniff');
  if (downloadName)
    reply.header('content-disposition', `inline; filename="${downloadName.replace(/[^\w.-]/g, '_')}"`);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();

  let start = 0;
  let end = size - 1;
  const range = request.headers.range;
  const ifRange = request.headers['if-range'];
  if (range && (!ifRange || ifRange === etag)) {
    const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    const satisfiable = (() => {
      if (!match || (match[1] === '' && match[2] === '')) return false;
      if (match[1] === '') {
        const suffix = Number(match[2]);
        if (suffix === 0) return false;
        start = Math.max(0, size - suffix);
      } else {
        start = Number(match[1]);
        end = match[2] === '' ? size - 1 : Math.min(size - 1, Number(match[2]));
      }
      return start <= end && start < size;
    })();
    if (!satisfiable) {
      reply.header('content-range', `bytes */${size}`);
      reply.header('content-type', 'application/json; charset=utf-8');
      return reply.code(416).send({ code: 416, message: 'Range not satisfiable.', data: { size } });
    }
    reply.code(206);
    reply.header('content-range', `bytes ${start}-${end}/${size}`);
  }
  reply.header('content-length', String(size === 0 ? 0 : end - start + 1));
  if (request.method === 'HEAD' || size === 0) return reply.send();
  return reply.send(createReadStream(path, { start, end }));
}
