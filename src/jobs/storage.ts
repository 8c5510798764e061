import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { t } from '../messages/index.js';

/**
 * The shared data dir seen from a worker. The server writes a volume id into `<data>/.joy-volume` and
 * publishes it in Redis; a worker takes jobs only once it reads the same id from its own data dir
 * (proof that it sees the server's uploads) and has written, renamed and removed a file where outputs
 * go. Temp files of renders that died with their process are swept here too.
 */
export const VOLUME_FILE = '.joy-volume';
export const MEDIA_DIR = 'media';
export const RENDERS_DIR = 'renders';
export const RENDER_TMP_DIR = join('tmp', 'renders');
export const CHUNKS_DIR = join('tmp', 'chunks');

/** Temp files untouched this long belong to a dead process (a live render writes every second). */
export const STALE_TEMP_MS = 10 * 60_000;

/** The data dir's volume id, created on first use (by the server). */
export async function ensureVolumeId(dataDir: string): Promise<string> {
  const path = join(dataDir, VOLUME_FILE);
  try {
    const existing = (await readFile(path, 'utf8')).trim();
    if (existing) return existing;
  } catch {}
  const id = randomBytes(12).toString('hex');
  await mkdir(dataDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${id}\n`);
  await rename(tmp, path);
  return id;
}

/**
 * Why this process cannot work on renders from `dataDir` (undefined when it can). `expectedVolume` is
 * the server's id from Redis (undefined when no server has registered one yet).
 */
export async function storageProblem(
  dataDir: string,
  expectedVolume: string | undefined,
): Promise<string | undefined> {
  if (!expectedVolume) return t('en', 'service.storage.noServer');
  let found: string;
  try {
    found = (await readFile(join(dataDir, VOLUME_FILE), 'utf8')).trim();
  } catch {
    return t('en', 'service.storage.volumeMissing', { file: join(dataDir, VOLUME_FILE), dir: dataDir });
  }
  if (found !== expectedVolume)
    return t('en', 'service.storage.otherServer', { dir: dataDir, found, expected: expectedVolume });
  try {
    await readdir(join(dataDir, MEDIA_DIR));
  } catch (error) {
    return t('en', 'service.storage.unreadable', {
      dir: join(dataDir, MEDIA_DIR),
      reason: (error as Error).message,
    });
  }
  for (const dir of [RENDERS_DIR, RENDER_TMP_DIR, CHUNKS_DIR]) {
    const folder = join(dataDir, dir);
    const probe = join(folder, `.probe-${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`);
    try {
      await mkdir(folder, { recursive: true });
      await writeFile(`${probe}.tmp`, 'joy');
      await rename(`${probe}.tmp`, probe);
      if ((await readFile(probe, 'utf8')) !== 'joy') throw new Error('read back different bytes');
      await rm(probe);
    } catch (error) {
      await rm(`${probe}.tmp`, { force: true });
      await rm(probe, { force: true });
      return t('en', 'service.storage.unwritable', { dir: folder, reason: (error as Error).message });
    }
  }
  return undefined;
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/**
 * Removes what dead renders left: stale temp files in tmp/renders, the chunk folders of renders that are
 * over (`isOver` asks the queue), and stale partial chunks. Safe with other workers running: live files
 * are never stale and live renders are never over.
 */
export async function sweepTemp(
  dataDir: string,
  isOver: (renderId: string) => Promise<boolean>,
  staleMs = STALE_TEMP_MS,
): Promise<string[]> {
  const removed: string[] = [];
  const drop = async (path: string, recursive = false) => {
    await rm(path, { force: true, recursive });
    removed.push(path);
  };
  const tmp = join(dataDir, RENDER_TMP_DIR);
  for (const name of await entries(tmp)) {
    if (await olderThan(join(tmp, name), staleMs)) await drop(join(tmp, name), true);
  }
  const chunks = join(dataDir, CHUNKS_DIR);
  for (const renderId of await entries(chunks)) {
    const folder = join(chunks, renderId);
    if (renderId.startsWith('.')) {
      if (await olderThan(folder, staleMs)) await drop(folder, true);
      continue;
    }
    if (await isOver(renderId).catch(() => false)) {
      await drop(folder, true);
      continue;
    }
    for (const name of await entries(folder)) {
      if (name.endsWith('.partial.mp4') && (await olderThan(join(folder, name), staleMs)))
        await drop(join(folder, name));
    }
  }
  return removed;
}
