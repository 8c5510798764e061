import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ffmpeg } from '../test/helpers/ffmpeg-cli.js';

const run = promisify(execFile);

/**
 * Judder check on an encoded video: estimates the zoom between consecutive frames of a slow zoom by
 * registration (best scale about the centre, coarse to fine), then reports how evenly it changes. A
 * crop that moves in whole pixels shows up as per-frame scales that jump between values.
 */
export async function zoomSteps(
  video: string,
  fromFrame: number,
  count: number,
  width = 270,
  height = 480,
): Promise<number[]> {
  const { stdout } = await run(
    ffmpeg().path,
    [
      '-v',
      'error',
      '-i',
      video,
      '-vf',
      `select=between(n\\,${fromFrame}\\,${fromFrame + count}),scale=${width}:${height}:flags=area,format=gray`,
      '-vsync',
      '0',
      '-f',
      'rawvideo',
      'pipe:1',
    ],
    { encoding: 'buffer', maxBuffer: 1 << 30 },
  );
  const frames: Uint8Array[] = [];
  for (let k = 0; k + width * height <= stdout.length; k += width * height)
    frames.push(stdout.subarray(k, k + width * height));
  const scales: number[] = [];
  for (let k = 1; k < frames.length; k++) scales.push(bestScale(frames[k - 1]!, frames[k]!, width, height));
  return scales;
}

/** Scale s such that next(x) ≈ previous(centre + (x − centre)/s) over the middle of the frame. */
function bestScale(previous: Uint8Array, next: Uint8Array, width: number, height: number): number {
  const error = (s: number) => {
    let sum = 0;
    const cx = width / 2;
    const cy = height / 2;
    for (let y = Math.round(height * 0.2); y < height * 0.8; y += 2) {
      const sy = cy + (y + 0.5 - cy) / s - 0.5;
      const y0 = Math.floor(sy);
      const fy = sy - y0;
      for (let x = Math.round(width * 0.2); x < width * 0.8; x += 2) {
        const sx = cx + (x + 0.5 - cx) / s - 0.5;
        const x0 = Math.floor(sx);
        const fx = sx - x0;
        const i = y0 * width + x0;
        const value =
          (previous[i]! * (1 - fx) + previous[i + 1]! * fx) * (1 - fy) +
          (previous[i + width]! * (1 - fx) + previous[i + width + 1]! * fx) * fy;
        const d = value - next[y * width + x]!;
        sum += d * d;
      }
    }
    return sum;
  };
  let best = 1;
  for (const step of [0.001, 0.0001, 0.00001]) {
    let bestError = Number.POSITIVE_INFINITY;
    const centre = best;
    for (let k = -10; k <= 10; k++) {
      const s = centre + k * step;
      const e = error(s);
      if (e < bestError) {
        bestError = e;
        best = s;
      }
    }
  }
  return best;
}

/**
 * Motion of the frame's edge per frame, in pixels of a `width`-wide video, and how unevenly it moves:
 * the largest and the median change between consecutive steps (the second difference).
 */
export function smoothnessReport(
  scales: number[],
  width: number,
): { meanStepPx: number; maxSecondDifferencePx: number; medianSecondDifferencePx: number } {
  const steps = scales.map((s) => (s - 1) * (width / 2));
  const second = steps
    .slice(1)
    .map((s, i) => Math.abs(s - steps[i]!))
    .sort((a, b) => a - b);
  return {
    meanStepPx: steps.reduce((a, b) => a + b, 0) / steps.length,
    maxSecondDifferencePx: second[second.length - 1] ?? 0,
    medianSecondDifferencePx: second[second.length >> 1] ?? 0,
  };
}
