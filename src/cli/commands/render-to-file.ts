import { resolve } from 'node:path';
import { phrasedError } from '../../errors.js';
import { defaultDecodeCache } from '../../ingest/index.js';
import { phrase } from '../../messages/index.js';
import type { Draft } from '../../model/draft.js';
import type { MediaResolver, Quality, RenderOptions, RenderResult } from '../../render/pipeline-types.js';
import { renderDraft } from '../../render/render-draft.js';
import { say } from '../lang.js';
import type { Reporter } from '../output.js';

/** Renders with Ctrl-C wired to cancellation (the encoder stopped, the partial file removed). */
export async function renderToFile(
  draft: Draft,
  output: string,
  options: {
    quality: Quality;
    resolve: MediaResolver;
    reporter: Reporter;
    pending?: RenderOptions['pending'];
  },
): Promise<RenderResult> {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await renderDraft(draft, resolve(output), {
      resolve: options.resolve,
      quality: options.quality,
      signal: controller.signal,
      onProgress: (status) => options.reporter.progress(status),
      ...(options.pending ? { pending: options.pending } : {}),
      decodeCache: defaultDecodeCache(),
    });
    options.reporter.done();
    return result;
  } finally {
    options.reporter.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export function parseQuality(value: string | undefined): Quality {
  const quality = (value ?? 'standard').toLowerCase();
  if (quality !== 'draft' && quality !== 'standard' && quality !== 'high') {
    throw phrasedError('invalid_input', phrase('cli.quality', { value: String(value) }));
  }
  return quality;
}

/** "Wrote out.mp4 (1080×1920, 12.0 s) in 9.3 s", in the CLI's language. */
export function wroteLine(output: string, result: RenderResult): string {
  return say('cli.wrote', {
    file: output,
    width: result.width,
    height: result.height,
    length: (result.durationMs / 1000).toFixed(1),
    elapsed: (result.elapsedMs / 1000).toFixed(1),
  });
}
