import { basename } from 'node:path';
import { phrasedError } from '../errors.js';
import { type Demuxer, demuxerOfFile } from './container.js';

/**
 * A file FFmpeg may open, with the demuxer it is bound to: the media child opens it with that demuxer
 * only, and local files only (av/job.ts). Without it FFmpeg probes the content itself and may follow a
 * playlist or manifest to the network.
 */
export interface BoundInput {
  path: string;
  demuxer: Demuxer;
}

/**
 * Binds a file to its demuxer, from its content; throws `unsupported_type` for anything that is not an
 * audio or video container Joy reads (playlists, manifests, ffconcat scripts, text, images).
 */
// The refusals are catalogue phrases written as plain `{ key, vars }`: media sits below the catalogue.
export async function bindInput(path: string, name = basename(path)): Promise<BoundInput> {
  const demuxer = await demuxerOfFile(path).catch((error: unknown) => {
    throw phrasedError(
      'not_found',
      { key: 'media.unreadable', vars: { file: name } },
      { file: name, cause: error },
    );
  });
  if (!demuxer) {
    throw phrasedError(
      'unsupported_type',
      { key: 'media.notAvOrAudio', vars: { file: name } },
      {
        file: name,
        hint: { key: 'media.notAvOrAudio.hint' },
      },
    );
  }
  return { path, demuxer };
}
