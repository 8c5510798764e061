// One chunk of a split render, or the join, in its own process from the built JavaScript (what a
// `joy worker` runs). Usage:
//   node bench/chunk-job.mjs chunk <draft.json> <out.mp4> <quality> <start> <end>
//   node bench/chunk-job.mjs join <draft.json> <out.mp4> <chunk.mp4>...
import { dirname, resolve } from 'node:path';

const { readDraftFile } = await import('../dist/cli/draft-file.js');
const { fileResolver } = await import('../dist/make/local-files.js');
const { joinChunks, renderChunk } = await import('../dist/render/render-chunk.js');

const [mode, draftPath, output, ...rest] = process.argv.slice(2);
const draft = await readDraftFile(draftPath);
const resolveMedia = fileResolver(dirname(resolve(draftPath)));
if (mode === 'chunk') {
  const [quality, start, end] = rest;
  await renderChunk(draft, { start: Number(start), end: Number(end) }, resolve(output), {
    resolve: resolveMedia,
    quality,
  });
} else {
  await joinChunks(
    draft,
    rest.map((chunk) => resolve(chunk)),
    resolve(output),
    { resolve: resolveMedia },
  );
}
