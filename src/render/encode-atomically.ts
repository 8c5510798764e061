import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Encoder } from '../encode/encoder.js';
import { phrasedError, toJoyError } from '../errors.js';
import { phrase } from '../messages/index.js';

/**
 * One encode into `output`, written atomically: the encoder writes a hidden `.partial.mp4` beside it,
 * renamed on success and removed on any failure, so a reader (the server, another worker) never sees
 * half a file. `start` makes the encoder for the partial path; `feed` gives it its input.
 */
export async function encodeAtomically(
  output: string,
  signal: AbortSignal | undefined,
  start: (partial: string) => Promise<Encoder>,
  feed: (encoder: Encoder) => Promise<void> = async () => {},
): Promise<void> {
  const partial = join(dirname(output), `.${basename(output)}.${randomBytes(4).toString('hex')}.partial.mp4`);
  let encoder: Encoder | undefined;
  try {
    encoder = await start(partial);
    await feed(encoder);
    await encoder.finish();
    await rename(partial, output);
  } catch (error) {
    encoder?.cancel();
    await encoder?.closed();
    await rm(partial, { force: true });
    if (signal?.aborted) throw phrasedError('canceled', phrase('render.canceled'));
    throw toJoyError(error, 'render_failed');
  }
}
