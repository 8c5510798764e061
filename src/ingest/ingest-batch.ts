import { JoyError, phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { DecodeCache } from './decode-cache.js';
import { fileLabel } from './file-label.js';
import { probeMedia } from './probe-media.js';
import type { BatchResult, IngestLimits, MediaInfo } from './types.js';

export interface BatchInput {
  path: string;
  /** The name the user knows it by (default: the base name of path). */
  name?: string;
}

export interface BatchOptions {
  limits?: Partial<IngestLimits>;
  /** Files probed at once (default 3, at most 8): each may run ffprobe or a libvips decode. */
  concurrency?: number;
  /** Decode each photo once at a tiny size so damaged ones are refused now (default true). */
  verify?: boolean;
  /** Photos verified before (same file on disk) are not decoded again. */
  decodeCache?: DecodeCache | undefined;
  signal?: AbortSignal;
}

type Failure = BatchResult['failed'][number];

function failure(input: BatchInput, error: unknown): Failure {
  const name = fileLabel(input.path, input.name);
  const joy =
    error instanceof JoyError
      ? error
      : phrasedError('internal', phrase('ingest.failed', { file: name }), { file: name, cause: error });
  const entry: Failure = { path: input.path, name, code: joy.code, message: joy.message };
  if (joy.hint) entry.hint = joy.hint;
  if (joy.phrase) entry.phrase = joy.phrase;
  return entry;
}

/**
 * Probes a batch of files with limited concurrency. One bad file never loses the others: it is listed in
 * `failed` by the name the user gave, with a sentence saying why. Both lists keep the input order.
 */
export async function ingestBatch(
  inputs: readonly BatchInput[],
  options: BatchOptions = {},
): Promise<BatchResult> {
  const concurrency = Math.max(1, Math.min(8, Math.floor(options.concurrency ?? 3)));
  const outcomes: ({ ok: MediaInfo } | { failed: Failure })[] = new Array(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      options.signal?.throwIfAborted();
      const index = next++;
      const input = inputs[index]!;
      try {
        outcomes[index] = {
          ok: await probeMedia(input.path, {
            name: input.name,
            limits: options.limits,
            verify: options.verify ?? true,
            decodeCache: options.decodeCache,
          }),
        };
      } catch (error) {
        outcomes[index] = { failed: failure(input, error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  options.signal?.throwIfAborted();
  const result: BatchResult = { media: [], failed: [] };
  for (const outcome of outcomes) {
    if ('ok' in outcome) result.media.push(outcome.ok);
    else result.failed.push(outcome.failed);
  }
  return result;
}
