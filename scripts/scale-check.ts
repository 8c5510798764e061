// The multi-machine check at full size, run by hand (too slow for CI; the suite runs the same
// assertions at 480×270 for 9 s in test/jobs/scale-out.test.ts):
//   node --import tsx scripts/scale-check.ts [--seconds 60] [--width 1920] [--height 1080]
// Starts a redis-server, one joy serve (rendering nothing itself) and two joy workers; renders a 60 s
// 1080p draft split into chunks; kills the worker rendering a chunk part-way with SIGKILL; checks the
// joined file has exactly the frames, duration and sound of the same draft rendered whole.
import { RedisProcess } from '../test/jobs/helpers/processes.js';
import { splitKillCheck } from '../test/jobs/helpers/split-kill-check.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const redis = await RedisProcess.start();
const started = performance.now();
try {
  const figures = await splitKillCheck(redis, {
    width: option('width', 1920),
    height: option('height', 1080),
    fps: option('fps', 30),
    seconds: option('seconds', 60),
    lockMs: option('lock-ms', 10_000),
    chunkMinSeconds: 6,
    timeoutMs: 30 * 60_000,
  });
  console.log(figures.summary);
  console.log(`passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await redis.destroy();
}
process.exit(0);
