/**
 * Run as its own process by decode.test.ts so peak RSS measures one decode and nothing else:
 *   node --import tsx test/ingest/decode-rss-child.ts <file> <maxWidth> <maxHeight>
 * Prints JSON: output size, decode time, RSS before and peak RSS (bytes).
 */
import { decodeImage, probeMedia } from '../../src/ingest/index.js';

const [file, maxWidth, maxHeight] = process.argv.slice(2);
const info = await probeMedia(file!);
// Warm up libvips on a tiny decode so its own start-up is not counted as decode memory.
await decodeImage(info, { maxWidth: 8, maxHeight: 8 });
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const image = await decodeImage(info, { maxWidth: Number(maxWidth), maxHeight: Number(maxHeight) });
const ms = performance.now() - started;
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({
    width: image.width,
    height: image.height,
    first: [...image.data.subarray(0, 3)],
    ms,
    rssBefore,
    peakRss,
  }),
);
