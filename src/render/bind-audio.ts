import { basename } from 'node:path';
import type { AudioInput, BoundAudioInput } from '../encode/ffmpeg-args.js';
import { phrasedError } from '../errors.js';
import { bindInput, probe } from '../media/index.js';
import { phrase } from '../messages/index.js';

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
        throw phrasedError('corrupt_media', phrase('render.audioUnreadable', { file: name }), {
          file: name,
          hint: phrase('render.audioUnreadable.hint'),
          cause: error,
        });
      });
    if (streams.some((stream) => stream.codec_type === 'audio')) {
      bound.push({ ...input, demuxer: file.demuxer });
    } else if (!streams.some((stream) => stream.codec_type === 'video')) {
      throw phrasedError('corrupt_media', phrase('render.noSound', { file: name }), {
        file: name,
        hint: phrase('render.noSound.hint'),
      });
    }
  }
  return bound;
}
