// One timed Joy render in its own process, from the built JavaScript (what `npx joy` runs), so its
// memory is measured alone. Usage: node bench/render-job.mjs <draft.json> <out.mp4> <quality>
import { dirname, resolve } from 'node:path';

const { readDraftFile } = await import('../dist/cli/draft-file.js');
const { fileResolver } = await import('../dist/make/local-files.js');
const { renderDraft } = await import('../dist/render/render-draft.js');

const [draftPath, output, quality] = process.argv.slice(2);
const draft = await readDraftFile(draftPath);
const started = performance.now();
let firstFrameMs;
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
