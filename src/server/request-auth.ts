import type { FastifyRequest } from 'fastify';
import type { Account, Accounts, Attribution } from './accounts.js';
import type { LinkSigner, LinkTo } from './signed-links.js';

/** Reading who is calling: headers, bearer token, skill attribution, and the public base URL. */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() ? text.trim().slice(0, 200) : undefined;
}

export function attributionOf(request: FastifyRequest): Attribution {
  return {
    source: header(request, 'x-skill-source'),
    version: header(request, 'x-skill-version'),
    platform: header(request, 'x-skill-platform'),
  };
}

export function bearer(request: FastifyRequest): string | undefined {
  const value = header(request, 'authorization');
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1];
}

/** The caller's account; throws JoyError `bad_token` (1001) for a missing or unknown token. */
export function authenticate(accounts: Accounts, request: FastifyRequest): Account {
  return accounts.authenticate(bearer(request), attributionOf(request));
}

/** Where the client reaches this service: the configured public URL, else the request's own host. */
export function baseUrl(publicUrl: string | undefined, request: FastifyRequest): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

/** Signed links to stored files, under the base URL this client reaches the service by. */
export function linksFor(links: LinkSigner, publicUrl: string | undefined, request: FastifyRequest): LinkTo {
  return links.linker(baseUrl(publicUrl, request));
}
