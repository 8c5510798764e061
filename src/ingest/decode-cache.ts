import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { DecodedImage, DecodeTarget, MediaInfo } from './types.js';

/**
 * Photos decoded before, kept on disk as raw RGB: a render of a draft seen before (the second `joy make`,
 * an export after an edit) reads each photo back instead of decoding it again — for a 12-megapixel JPEG
 * that is about a fifth of a second of CPU, which on two cores is taken from the encoder. An entry is
 * keyed by the file's identity on disk (device, inode, size, modification and change times: any write to
 * the file changes them) and the box it was decoded into, so it can never stand for other bytes. The
 * folder is kept under a size limit, least recently used entries going first.
 */
export class DecodeCache {
  private pruning: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    readonly maxBytes: number = DEFAULT_DECODE_CACHE_BYTES,
  ) {}

  /** The photo decoded into `target`: from the cache when this file was decoded into that box before. */
  async decode(
    info: MediaInfo,
    target: DecodeTarget,
    decode: () => Promise<DecodedImage>,
  ): Promise<DecodedImage> {
    if (this.maxBytes <= 0) return decode();
    const key = await entryKey(info, target);
    if (!key) return decode();
    // A photo asked for again while it decodes (a render that decoded ahead, then needs it) waits for
    // that decode instead of starting a second one.
    // The one who started it gets the pixels, the others a copy: a plate builder may draw on them.
    const running = this.inFlight.get(key);
    if (running) return running.then((image) => ({ ...image, data: image.data.slice() }));
    const started = this.lookUpOrDecode(key, target, decode).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  /** Whether decoding into the cache can save a later decode (false when the cache is off). */
  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  private readonly inFlight = new Map<string, Promise<DecodedImage>>();

  private async lookUpOrDecode(
    key: string,
    target: DecodeTarget,
    decode: () => Promise<DecodedImage>,
  ): Promise<DecodedImage> {
    const path = join(this.dir, `${key}${ENTRY_SUFFIX}`);
    const cached = await readEntry(path, target);
    if (cached) {
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined); // recently used: pruned last
      return cached;
    }
    const image = await decode();
    await this.put(path, image);
    return image;
  }

  private async put(path: string, image: DecodedImage): Promise<void> {
    const bytes = HEADER_BYTES + image.data.length;
    if (bytes > this.maxBytes / 4) return; // one photo may not push out most of the others
    const header = Buffer.alloc(HEADER_BYTES);
    header.write(MAGIC, 0, 'latin1');
    header.writeUInt32LE(image.width, 4);
    header.writeUInt32LE(image.height, 8);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(tmp, Buffer.concat([header, image.data]));
      await rename(tmp, path);
    } catch {
      await unlink(tmp).catch(() => undefined); // a cache that cannot be written only costs time
      return;
    }
    this.pruning ??= this.prune().finally(() => {
      this.pruning = undefined;
    });
    await this.pruning;
  }

  /** Removes the least recently used entries (and stray partial writes) until the folder fits its limit. */
  private async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const entries: { path: string; bytes: number; usedMs: number }[] = [];
    const now = Date.now();
    for (const name of names) {
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) continue;
      if (name.endsWith('.tmp')) {
        if (now - info.mtimeMs > STALE_TMP_MS) await unlink(path).catch(() => undefined);
        continue;
      }
      if (name.endsWith(ENTRY_SUFFIX)) entries.push({ path, bytes: info.size, usedMs: info.mtimeMs });
    }
    let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
    if (total <= this.maxBytes) return;
    for (const entry of entries.sort((a, b) => a.usedMs - b.usedMs)) {
      if (total <= this.maxBytes * 0.8) break;
      await unlink(entry.path).catch(() => undefined);
      total -= entry.bytes;
    }
  }
}

/** 1 GiB unless `JOY_DECODE_CACHE_MB` says otherwise (0 turns the cache off). */
export const DEFAULT_DECODE_CACHE_BYTES = 1024 * 1024 * 1024;

/** The CLI's decoded-photo cache: `$JOY_CACHE_DIR/decoded`, else `~/.cache/joy/decoded`. */
export function defaultDecodeCache(env: NodeJS.ProcessEnv = process.env): DecodeCache {
  const dir = env.JOY_CACHE_DIR
    ? join(env.JOY_CACHE_DIR, 'decoded')
    : join(homedir(), '.cache', 'joy', 'decoded');
  const megabytes = env.JOY_DECODE_CACHE_MB;
  const maxBytes =
    megabytes !== undefined && /^\d+$/.test(megabytes)
      ? Number(megabytes) * 1024 * 1024
      : DEFAULT_DECODE_CACHE_BYTES;
  return new DecodeCache(dir, maxBytes);
}

/** Bumped when decoding changes its output (colour handling, resampling), so old entries are not reused. */
const CACHE_VERSION = 1;
const MAGIC = 'JRGB';
const HEADER_BYTES = 12;
const ENTRY_SUFFIX = '.rgb';
const STALE_TMP_MS = 60 * 60 * 1000;

async function entryKey(info: MediaInfo, target: DecodeTarget): Promise<string | undefined> {
  const file = await stat(info.path, { bigint: true }).catch(() => undefined);
  if (!file?.isFile()) return undefined;
  const identity = [
    CACHE_VERSION,
    file.dev,
    file.ino,
    file.size,
    file.mtimeNs,
    file.ctimeNs,
    info.format,
    target.maxWidth,
    target.maxHeight,
  ].join(':');
  return createHash('sha1').update(identity).digest('hex');
}

/** An entry as a decoded image, or undefined when it is missing, short or not what the box allows. */
async function readEntry(path: string, target: DecodeTarget): Promise<DecodedImage | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes || bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const width = bytes.readUInt32LE(4);
  const height = bytes.readUInt32LE(8);
  if (width === 0 || height === 0 || width > target.maxWidth || height > target.maxHeight) return undefined;
  if (bytes.length !== HEADER_BYTES + width * height * 3) return undefined;
  return {
    data: new Uint8Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, width * height * 3),
    width,
    height,
  };
}
