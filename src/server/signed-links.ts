import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Signed, expiring links to stored files (uploads, thumbnails, finished renders), like an object
 * store's pre-signed URLs: `<path>?exp=<unix seconds>&sig=<HMAC-SHA256 of exp and path, base64url>`.
 * The API hands out only signed links; the file routes serve a file only for a signature made with
 * this server's secret over that very path and an expiry still ahead. Links need no header, so a
 * plain HTTP client, an <img> or a <video> can use them.
 */
export const SECRET_FILE = 'url-secret';

export type LinkCheck = 'ok' | 'missing' | 'invalid' | 'expired';

/** Turns a path (`/media/…`) into a full signed link: the base URL the client reaches us by, then the path. */
export type LinkTo = (path: string) => string;

export class LinkSigner {
  /** Expiries are rounded up to this step, so a link stays the same for a while and browsers can cache it. */
  private readonly stepS: number;

  constructor(
    private readonly secret: Buffer,
    /** How long a link works, seconds (up to one step more, from the rounding). */
    readonly ttlS: number,
    private readonly now: () => number = Date.now,
  ) {
    this.stepS = Math.max(1, Math.min(3600, Math.floor(ttlS / 8)));
  }

  private mac(path: string, exp: number): Buffer {
    return createHmac('sha256', this.secret).update(`${exp}\n${path}`).digest();
  }

  /** `path?exp=…&sig=…`, working for at least `ttlS` seconds from now. */
  sign(path: string): string {
    const exp = Math.ceil((this.now() / 1000 + this.ttlS) / this.stepS) * this.stepS;
    return `${path}?exp=${exp}&sig=${this.mac(path, exp).toString('base64url')}`;
  }

  /** A function that links each path under `baseUrl`, signed. */
  linker(baseUrl: string): LinkTo {
    return (path) => `${baseUrl}${this.sign(path)}`;
  }

  /** Whether `exp` and `sig` (from the query) sign `path` and are still valid. */
  check(path: string, exp: unknown, sig: unknown): LinkCheck {
    if (exp === undefined && sig === undefined) return 'missing';
    if (typeof exp !== 'string' || typeof sig !== 'string' || !/^[1-9]\d{0,11}$/.test(exp)) return 'invalid';
    const given = Buffer.from(sig, 'base64url');
    const wanted = this.mac(path, Number(exp));
    // Same length first (timingSafeEqual requires it; the length of a MAC is no secret).
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return 'invalid';
    return Number(exp) * 1000 < this.now() ? 'expired' : 'ok';
  }
}

/**
 * The signing secret: the configured one, else the one kept in the data folder (made on first start,
 * readable by this user only), so links survive restarts and every server sharing the folder agrees.
 */
export async function loadLinkSecret(dataDir: string, configured: string | undefined): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  const path = join(dataDir, SECRET_FILE);
  const kept = await readFile(path, 'utf8').catch(() => undefined);
  if (kept?.trim()) return Buffer.from(kept.trim(), 'utf8');
  // Written whole under a private name, then linked into place: link() fails when another process
  // sharing the folder got there first, and then its secret is the one used.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.part`;
  await writeFile(partial, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  try {
    await link(partial, path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(partial, { force: true });
  }
  return Buffer.from((await readFile(path, 'utf8')).trim(), 'utf8');
}
