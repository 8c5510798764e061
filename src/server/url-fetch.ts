import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isIP } from 'node:net';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, buildConnector, request } from 'undici';
import { JoyError, phrasedError } from '../errors.js';
import { type Phrase, phrase } from '../messages/index.js';
import { type HostResolver, isPublicAddress, systemResolver } from './net-guard.js';

/**
 * Downloads a URL upload to a file without ever reaching a private address (SSRF). For every hop the
 * host is resolved here, EVERY address must be public, and the connection is made to that checked
 * address (pinned: the socket's target is the IP, never a second DNS answer). Redirects are followed
 * by hand, each one checked the same way, at most `maxRedirects`. Time and size are limited; a failed
 * download leaves no file.
 */
export interface UrlFetchOptions {
  resolver?: HostResolver;
  /** Address policy; default public unicast only. Tests may widen it. */
  isAllowedAddress?: (ip: string) => boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  signal?: AbortSignal;
}

export interface FetchedFile {
  /** File name from Content-Disposition or the URL path, as the remote server gave it. */
  name: string;
  finalUrl: string;
  bytes: number;
}

function refuse(url: string, why: Phrase): never {
  throw phrasedError('fetch_refused', phrase('fetch.refused', { url, why }), {
    hint: phrase('fetch.refused.hint'),
  });
}

/** Checks a URL and returns the address to connect to. */
export async function checkUrl(
  raw: string,
  resolver: HostResolver,
  allowed: (ip: string) => boolean,
): Promise<{ url: URL; address: string }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw phrasedError('invalid_input', phrase('fetch.invalidUrl', { url: raw }), { field: 'urls' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    refuse(raw, phrase('fetch.why.scheme', { scheme: url.protocol }));
  if (url.username || url.password) refuse(raw, phrase('fetch.why.credentials'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    if (!allowed(host)) refuse(raw, phrase('fetch.why.notPublic', { host }));
    return { url, address: host };
  }
  let addresses: { address: string }[];
  try {
    addresses = await resolver(host);
  } catch (error) {
    throw phrasedError(
      'fetch_refused',
      phrase('fetch.cannotResolve', { host, reason: (error as Error).message }),
      { hint: phrase('fetch.cannotResolve.hint') },
    );
  }
  if (addresses.length === 0) refuse(raw, phrase('fetch.why.noAddress', { host }));
  const bad = addresses.find((entry) => !allowed(entry.address));
  if (bad) refuse(raw, phrase('fetch.why.resolvesPrivate', { host, address: bad.address }));
  return { url, address: addresses[0]!.address };
}

/** An undici Agent whose every connection goes to `address`, after one more check of it. */
function pinnedAgent(
  address: string,
  hostname: string,
  allowed: (ip: string) => boolean,
  timeoutMs: number,
): Agent {
  const base = buildConnector({ timeout: timeoutMs });
  return new Agent({
    connections: 1,
    pipelining: 0,
    connect: (options, callback) => {
      if (!allowed(address)) {
        callback(phrasedError('fetch_refused', phrase('fetch.connectRefused', { address })), null);
        return;
      }
      base({ ...options, hostname: address, servername: isIP(hostname) ? undefined : hostname }, callback);
    },
  });
}

function fileNameOf(url: URL, disposition: string | undefined): string {
  const star = disposition ? /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition) : null;
  const plain = disposition ? /filename\s*=\s*"?([^";]+)"?/i.exec(disposition) : null;
  let name = '';
  try {
    name = star
      ? decodeURIComponent(star[1]!.trim())
      : plain
        ? plain[1]!.trim()
        : decodeURIComponent(url.pathname.split('/').pop() ?? '');
  } catch {
    name = url.pathname.split('/').pop() ?? '';
  }
  // Made plain text (no separators, NUL or controls) by displayName when the upload is kept.
  return name.slice(0, 255) || 'download';
}

export async function fetchUrlToFile(
  raw: string,
  destination: string,
  options: UrlFetchOptions,
): Promise<FetchedFile> {
  const resolver = options.resolver ?? systemResolver;
  const allowed = options.isAllowedAddress ?? isPublicAddress;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let current = raw;
  try {
    for (let hop = 0; ; hop++) {
      const { url, address } = await checkUrl(current, resolver, allowed);
      const agent = pinnedAgent(address, url.hostname.replace(/^\[|\]$/g, ''), allowed, options.timeoutMs);
      try {
        const response = await request(url, {
          dispatcher: agent,
          method: 'GET',
          signal,
          headers: { 'user-agent': 'Joy/0.1 (+url upload)', accept: '*/*' },
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        });
        const location = response.headers.location;
        if (response.statusCode >= 300 && response.statusCode < 400 && location) {
          await response.body.dump().catch(() => undefined);
          if (hop >= options.maxRedirects)
            refuse(raw, phrase('fetch.why.redirects', { n: options.maxRedirects }));
          current = new URL(String(Array.isArray(location) ? location[0] : location), url).toString();
          continue;
        }
        if (response.statusCode < 200 || response.statusCode >= 300) {
          await response.body.dump().catch(() => undefined);
          throw phrasedError(
            'invalid_input',
            phrase('fetch.httpStatus', { url: raw, status: response.statusCode }),
            { field: 'urls' },
          );
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          await response.body.destroy();
          throw phrasedError(
            'file_too_large',
            phrase('fetch.tooLarge', {
              url: raw,
              size: (declared / 1024 / 1024).toFixed(1),
              max: (options.maxBytes / 1024 / 1024).toFixed(1),
            }),
            { hint: phrase('fetch.tooLarge.hint') },
          );
        }
        let bytes = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            bytes += chunk.length;
            if (bytes > options.maxBytes) {
              callback(
                phrasedError(
                  'file_too_large',
                  phrase('fetch.overLimit', { url: raw, max: (options.maxBytes / 1024 / 1024).toFixed(1) }),
                  { hint: phrase('fetch.tooLarge.hint') },
                ),
              );
              return;
            }
            callback(null, chunk);
          },
        });
        await pipeline(response.body, counter, createWriteStream(destination, { flags: 'wx' }));
        const disposition = response.headers['content-disposition'];
        return {
          name: fileNameOf(url, Array.isArray(disposition) ? disposition[0] : disposition),
          finalUrl: url.toString(),
          bytes,
        };
      } finally {
        await agent.close().catch(() => undefined);
      }
    }
  } catch (error) {
    await rm(destination, { force: true });
    if (error instanceof JoyError) throw error;
    if (timeout.aborted) {
      throw phrasedError(
        'invalid_input',
        phrase('fetch.timeout', { url: raw, s: Math.round(options.timeoutMs / 1000) }),
        { field: 'urls' },
      );
    }
    if (signal.aborted) throw phrasedError('canceled', phrase('fetch.canceled', { url: raw }));
    throw phrasedError(
      'invalid_input',
      phrase('fetch.failed', { url: raw, reason: (error as Error).message }),
      {
        field: 'urls',
      },
    );
  }
}
