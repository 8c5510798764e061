// One timed Joy render in its own process (so its memory is measured alone).
// Usage: node --import tsx bench/render-job.ts <draft.json> <out.mp4> <quality>
import { dirname, resolve } from 'node:path';
import { readDraftFile } from '../src/cli/draft-file.js';
import { fileResolver } from '../src/cli/resolver.js';
import type { Quality } from '../src/render/pipeline-types.js';
import { renderDraft } from '../src/render/render-draft.js';

const [draftPath, output, quality] = process.argv.slice(2) as [string, string, Quality];
const draft = await readDraftFile(draftPath);
const started = performance.now();
let firstFrameMs: number | undefined;
const result = await renderDraft(draft, resolve(output), {
  resolve: fileResolver(dirname(resolve(draftPath))),
  quality,
  onProgress: () => {
    firstFrameMs ??= performance.now() - started;
  },
});
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ elapsedMs: result.elapsedMs, firstFrameMs, frames: result.frames, nodeMaxRssMb: usage.maxRSS / 1024 })}\n`,
);
