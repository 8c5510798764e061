import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { Draft } from '../model/draft.js';
import { resolveMusicUri } from '../music/index.js';
import type { MediaResolver } from '../render/pipeline-types.js';

/** Local files, relative to the draft's folder. Service assets are not reachable from the CLI. */
export function fileResolver(baseDir: string): MediaResolver {
  return (uri) => {
    const library = resolveMusicUri(uri);
    if (library) return library;
    if (uri.startsWith('asset:')) {
      throw phrasedError('not_found', phrase('media.heldByService', { uri }));
    }
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : resolve(baseDir, uri);
    if (!existsSync(path)) throw phrasedError('not_found', phrase('media.fileMissing', { uri, path }));
    return path;
  };
}

/** Rewrites absolute media paths relative to where the draft file is saved, so the folder can move. */
export function relativizeMedia(draft: Draft, draftDir: string): Draft {
  const copy = structuredClone(draft);
  const fix = (media: { uri: string }) => {
    if (isAbsolute(media.uri)) media.uri = relative(draftDir, media.uri) || media.uri;
  };
  for (const segment of copy.video) fix(segment.media);
  for (const segment of copy.audio) fix(segment.media);
  return copy;
}
