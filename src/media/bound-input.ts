import { basename } from 'node:path';
import { JoyError } from '../errors.js';
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
export async function bindInput(path: string, name = basename(path)): Promise<BoundInput> {
  const demuxer = await demuxerOfFile(path).catch((error: unknown) => {
    throw new JoyError('not_found', `${name} could not be read.`, { file: name, cause: error });
  });
  if (!demuxer) {
    throw new JoyError('unsupported_type', `${name} is not a video or audio file that Joy reads.`, {
      file: name,
      hint: 'Use an MP4, MOV, WEBM, MKV or AVI video, or MP3, WAV, M4A, AAC or OGG audio.',
    });
  }
  return { path, demuxer };
}
