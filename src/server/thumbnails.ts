import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { phrasedError } from '../errors.js';
import { decodeImage, probeMedia } from '../ingest/index.js';
import { phrase } from '../messages/index.js';
import type { MediaRecord } from './sessions.js';

/**
 * Small JPEG thumbnails of uploaded photos, made on first request by the core's own decoder (so a
 * phone's HEIC, which browsers cannot show, gets one too) and kept beside the media. The studio shows
 * these instead of downloading each original, which may be 200 MB.
 */
export const THUMBNAIL_SIZE = 320;

export class Thumbnails {
  private readonly making = new Map<string, Promise<string>>();

  constructor(private readonly dataDir: string) {}

  /** Path of the photo's thumbnail, made if needed. */
  async pathFor(record: MediaRecord): Promise<string> {
    if (record.kind !== 'image') throw phrasedError('not_found', phrase('media.onlyPhotoThumbs'));
    const path = join(this.dataDir, 'thumbs', `${record.id}.jpg`);
    if (await exists(path)) return path;
    let making = this.making.get(record.id);
    if (!making) {
      making = this.make(record, path).finally(() => this.making.delete(record.id));
      this.making.set(record.id, making);
    }
    return making;
  }

  private async make(record: MediaRecord, path: string): Promise<string> {
    const source = join(this.dataDir, record.path);
    const info = await probeMedia(source, { name: record.name });
    const image = await decodeImage(info, { maxWidth: THUMBNAIL_SIZE, maxHeight: THUMBNAIL_SIZE });
    const jpeg = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer();
    await mkdir(join(this.dataDir, 'thumbs'), { recursive: true });
    const partial = `${path}.${process.pid}.part`;
    await writeFile(partial, jpeg);
    await rename(partial, path);
    return path;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
