/**
 * The server's media and download links are signed and expire (`?exp=<unix seconds>&sig=…`). The studio
 * reads the session state again before the first of them expires, so previews, thumbnails and
 * downloads always hold live links.
 */

/** The earliest expiry among signed links, in ms since the epoch; undefined when none is signed. */
export function earliestExpiry(urls: readonly (string | undefined)[]): number | undefined {
  let earliest: number | undefined;
  for (const url of urls) {
    const exp = url ? /[?&]exp=(\d+)(?:&|$)/.exec(url)?.[1] : undefined;
    if (!exp) continue;
    const ms = Number(exp) * 1000;
    if (earliest === undefined || ms < earliest) earliest = ms;
  }
  return earliest;
}

/** How long to wait before fetching fresh links: four fifths of the time left, at least 5 s. */
export function linkRefreshDelay(expiresAt: number, now = Date.now()): number {
  return Math.min(2 ** 31 - 1, Math.max(5_000, Math.round((expiresAt - now) * 0.8)));
}
