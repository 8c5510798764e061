import type { FastifyRequest } from 'fastify';
import { detectLang, type Lang } from '../messages/index.js';

/**
 * The language a request asks its answers in, from `Accept-Language` (`zh-CN,zh;q=0.9,en;q=0.8` →
 * Chinese); English when it names neither (a script, `*`).
 */
export function requestLang(request: Pick<FastifyRequest, 'headers'>): Lang {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'en';
  return detectLang(header.split(',').map((tag) => tag.split(';')[0]!.trim()));
}
