import { basename } from 'node:path';
import type { AudioInput, BoundAudioInput } from '../encode/ffmpeg-args.js';
import { JoyError } from '../errors.js';
import { bindInput, probe } from '../media/index.js';

/**
 * Binds every sound of a render to the demuxer its content shows and keeps only files that hold sound:
 * a clip without a sound track (a hand-written draft may not say so) is simply silent, music without one
 * is refused with the file's name, before the encoder starts.
 */
export async function bindAudioInputs(inputs: AudioInput[]): Promise<BoundAudioInput[]> {
  const bound: BoundAudioInput[] = [];
  for (const input of inputs) {
    const name = basename(input.path);
    const file = await bindInput(input.path, name);
    const streams = await probe(file)
      .then((result) => result.streams)
      .catch((error: unknown) => {
        throw new JoyError('corrupt_media', `${name} could not be read as audio or video.`, {
          file: name,
          hint: 'Check that the file plays, or replace it.',
          cause: error,
        });
      });
    if (streams.some((stream) => stream.codec_type === 'audio')) {
      bound.push({ ...input, demuxer: file.demuxer });
    } else if (!streams.some((stream) => stream.codec_type === 'video')) {
      throw new JoyError('corrupt_media', `${name} has no sound Joy can play.`, {
        file: name,
        hint: 'Choose another music file.',
      });
    }
  }
  return bound;
}
