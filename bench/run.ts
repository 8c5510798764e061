// npm run bench [-- --quick] [-- --repeat N] [-- --make-only]
// Joy against the encode-only floor (ffmpeg encoding the same frames with the same settings from raw
// frames already on disk cache / RAM disk), in one run, alternating to cancel machine noise.
import { execFile, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readDraftFile, writeDraftFile } from '../src/cli/draft-file.js';
import { encodeJob } from '../src/encode/ffmpeg-args.js';
import { parseRate, probe } from '../src/media/probe.js';
import { type AspectName, applyCommands, type Draft, emptyDraft, type MediaRef } from '../src/model/index.js';
import { draftDurationMs } from '../src/model/timeline.js';
import { bindAudioInputs } from '../src/render/bind-audio.js';
import type { Quality } from '../src/render/pipeline-types.js';
import { audioInputs, renderScale } from '../src/render/render-draft.js';
import { ffmpeg } from '../test/helpers/ffmpeg-cli.js';
import { chunkedRender } from './chunked.js';
import { BENCH_DIR, type BenchPhoto, benchPhotos, MUSIC } from './inputs.js';
import { benchMake } from './make-runs.js';
import { measureRecall, printRecall } from './recall/measure.js';
import { smoothnessReport, zoomSteps } from './smoothness.js';

const run = promisify(execFile);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const repeatIndex = args.indexOf('--repeat');
const repeats = repeatIndex >= 0 ? Number(args[repeatIndex + 1]) : 3;
const RAW_DIR = existsSync('/dev/shm') && freemem() > 8e9 ? '/dev/shm/joy-bench' : join(BENCH_DIR, 'raw');

interface Measure {
  wallS: number;
  cpuS: number;
  maxRssMb: number;
  nodeMaxRssMb?: number;
  firstFrameMs?: number;
}

interface JobSpec {
  name: string;
  aspect: AspectName;
  fps: number;
  photos: number;
  secondsPerPhoto: number;
  quality: Quality;
  repeats: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs a command under GNU time: wall, CPU of the whole process tree, largest resident set. */
async function timed(
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ measure: Measure; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'JOYTIME %e %U %S %M', command, ...commandArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const line = stderr.split('\n').find((l) => l.startsWith('JOYTIME'));
      if (code !== 0 || !line) return reject(new Error(`${command} failed (${code}): ${stderr.slice(-800)}`));
      const [, wall, user, sys, rss] = line.split(' ').map(Number) as number[];
      resolve({ measure: { wallS: wall!, cpuS: user! + sys!, maxRssMb: rss! / 1024 }, stdout });
    });
  });
}

function jobDraft(spec: JobSpec, photos: BenchPhoto[]): Draft {
  const media: MediaRef[] = Array.from({ length: spec.photos }, (_, i) => {
    const photo = photos[i % photos.length]!;
    return {
      uri: photo.path,
      kind: 'image',
      name: `photo-${i}.jpg`,
      width: photo.width,
      height: photo.height,
    };
  });
  return applyCommands(emptyDraft({ aspect: spec.aspect, fps: spec.fps }), [
    { type: 'addMedia', media, durationMs: spec.secondsPerPhoto * 1000 },
    { type: 'setMotion', name: 'zoom-in', strength: 0.45, easing: 'ease-in-out' },
    { type: 'setTransition', name: 'crossfade', durationMs: 800 },
    {
      type: 'setMusic',
      media: { uri: MUSIC, kind: 'audio', name: 'music.mp3' },
      volume: 0.8,
      fadeOutMs: 2000,
    },
  ]).draft;
}

async function runJoy(draftPath: string, output: string, quality: Quality): Promise<Measure> {
  const job = new URL('./render-job.mjs', import.meta.url).pathname;
  const { measure, stdout } = await timed(process.execPath, [job, draftPath, output, quality]);
  const inner = JSON.parse(stdout.trim().split('\n').pop()!);
  return { ...measure, nodeMaxRssMb: inner.nodeMaxRssMb, firstFrameMs: inner.firstFrameMs };
}

/** The floor's input: Joy's own frames, decoded once to raw YUV and read through the page cache. */
async function prepareFloor(video: string, name: string): Promise<string> {
  mkdirSync(RAW_DIR, { recursive: true });
  const raw = join(RAW_DIR, `${name}.yuv`);
  await run(ffmpeg().path, ['-v', 'error', '-i', video, '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-y', raw], {
    maxBuffer: 1 << 20,
  });
  await new Promise<void>((resolve, reject) =>
    createReadStream(raw)
      .on('data', () => undefined)
      .on('end', resolve)
      .on('error', reject),
  );
  return raw;
}

async function runFloor(
  draft: Draft,
  quality: Quality,
  raw: string,
  output: string,
  resolveUri: (uri: string) => string = (uri) => uri,
): Promise<Measure> {
  const scale = renderScale(draft, quality);
  const even = (v: number) => Math.max(2, Math.round(v / 2) * 2);
  const floorJob = encodeJob({
    width: even(draft.canvas.width * scale),
    height: even(draft.canvas.height * scale),
    fps: draft.canvas.fps,
    durationMs: draftDurationMs(draft),
    quality,
    audio: await bindAudioInputs(audioInputs(draft, resolveUri)),
    targetLufs: draft.loudness.targetLufs,
    output,
  });
  // Joy's own encoder process (the media child), fed the raw frames from the page cache.
  const child = new URL('../dist/media/av/child.js', import.meta.url).pathname;
  const script = `exec "${process.execPath}" "${child}" "$1" < "$2"`;
  return (await timed('/bin/sh', ['-c', script, 'sh', JSON.stringify(floorJob), raw])).measure;
}

async function benchJob(spec: JobSpec, photos: BenchPhoto[]) {
  const draft = jobDraft(spec, photos);
  const draftPath = join(BENCH_DIR, `${spec.name}.json`);
  await writeDraftFile(draftPath, draft);
  const joyOut = join(BENCH_DIR, `${spec.name}.mp4`);
  const floorOut = join(BENCH_DIR, `${spec.name}.floor.mp4`);
  const joyRuns: Measure[] = [];
  const floorRuns: Measure[] = [];
  joyRuns.push(await runJoy(draftPath, joyOut, spec.quality));
  const raw = await prepareFloor(joyOut, spec.name);
  for (let k = 0; k < spec.repeats; k++) {
    if (k % 2 === 0) floorRuns.push(await runFloor(draft, spec.quality, raw, floorOut));
    if (k > 0 || spec.repeats === 1) {
      if (k > 0) joyRuns.push(await runJoy(draftPath, joyOut, spec.quality));
    }
    if (k % 2 === 1) floorRuns.push(await runFloor(draft, spec.quality, raw, floorOut));
  }
  rmSync(raw, { force: true });
  const joyInfo = await probe(joyOut);
  const floorInfo = await probe(floorOut);
  const video = joyInfo.streams.find((s) => s.codec_type === 'video')!;
  const floorVideo = floorInfo.streams.find((s) => s.codec_type === 'video')!;
  const sameFormat = (
    ['codec_name', 'profile', 'pix_fmt', 'width', 'height', 'r_frame_rate', 'color_space'] as const
  ).every((key) => video[key] === floorVideo[key]);
  const summarize = (runs: Measure[]) => ({
    wallS: median(runs.map((r) => r.wallS)),
    cpuS: median(runs.map((r) => r.cpuS)),
    maxRssMb: median(runs.map((r) => r.maxRssMb)),
    ...(runs[0]?.nodeMaxRssMb !== undefined
      ? { nodeMaxRssMb: median(runs.map((r) => r.nodeMaxRssMb!)) }
      : {}),
    ...(runs[0]?.firstFrameMs !== undefined
      ? { firstFrameMs: median(runs.map((r) => r.firstFrameMs!)) }
      : {}),
    runs: runs.length,
  });
  const joy = summarize(joyRuns);
  const floor = summarize(floorRuns);
  const durationS = draftDurationMs(draft) / 1000;
  return {
    ...spec,
    frames: Number(video.nb_frames),
    durationS,
    output: {
      codec: video.codec_name,
      profile: video.profile,
      pixFmt: video.pix_fmt,
      size: `${video.width}x${video.height}`,
      fps: parseRate(video.r_frame_rate),
      sameFormatAsFloor: sameFormat,
      durationErrorFrames: Math.abs(Number(joyInfo.format.duration) - durationS) * spec.fps,
    },
    joy,
    floor,
    ratio: joy.wallS / floor.wallS,
    cpuRatio: joy.cpuS / floor.cpuS,
    realTimeFactor: durationS / joy.wallS,
    joyOut,
  };
}

// Joy is measured as users run it: the built JavaScript.
if (!existsSync(new URL('../dist/render/render-draft.js', import.meta.url))) {
  process.stderr.write('building Joy first (npm run build)…\n');
  await run('npm', ['run', 'build'], { cwd: new URL('..', import.meta.url).pathname });
}
const photos = await benchPhotos(6);

/** `joy make` first and second run against the x264 floor (part 4 of the bench). */
async function makeRuns() {
  return benchMake(
    photos.map((photo) => photo.path),
    MUSIC,
    BENCH_DIR,
    {
      timed,
      async floor(draftPath, video, quality) {
        const draft = await readDraftFile(draftPath);
        const raw = await prepareFloor(video, 'make');
        const runs: Measure[] = [];
        for (let k = 0; k < 2; k++)
          runs.push(
            // A saved draft names its files relative to its own folder.
            await runFloor(draft, quality, raw, join(BENCH_DIR, 'make.floor.mp4'), (uri) =>
              resolve(dirname(draftPath), uri),
            ),
          );
        rmSync(raw, { force: true });
        return { wallS: median(runs.map((r) => r.wallS)), cpuS: median(runs.map((r) => r.cpuS)) };
      },
    },
  );
}

function makeLine(make: Awaited<ReturnType<typeof makeRuns>>): string {
  return `joy make, 6 photos, 26 s, 9:16 (x264 floor ${make.floorS.toFixed(1)} s): first run ${make.first.wallS.toFixed(1)} s = ${make.firstRatio.toFixed(2)}× the floor, peak ${make.first.maxRssMb.toFixed(0)} MB; second run ${make.second.wallS.toFixed(1)} s = ${make.secondRatio.toFixed(2)}×, peak ${make.second.maxRssMb.toFixed(0)} MB; CPU (all processes) first ${make.first.cpuS.toFixed(1)} s, second ${make.second.cpuS.toFixed(1)} s, floor ${make.floorCpuS.toFixed(1)} s`;
}

if (args.includes('--make-only')) {
  process.stderr.write('running joy make, first run (empty analysis cache) and second run…\n');
  console.log(makeLine(await makeRuns()));
  process.exit(0);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1e9),
  node: process.version,
  ffmpeg: ffmpeg().version,
  date: new Date().toISOString(),
};
const jobs: JobSpec[] = [
  {
    name: 'vertical-1080p30-26s',
    aspect: '9:16',
    fps: 30,
    photos: 6,
    secondsPerPhoto: 5,
    quality: 'standard',
    repeats,
  },
];
if (!quick) {
  jobs.push(
    {
      name: 'landscape-1080p30-26s',
      aspect: '16:9',
      fps: 30,
      photos: 6,
      secondsPerPhoto: 5,
      quality: 'standard',
      repeats: 2,
    },
    {
      name: 'vertical-1080p60-26s',
      aspect: '9:16',
      fps: 60,
      photos: 6,
      secondsPerPhoto: 5,
      quality: 'standard',
      repeats: 2,
    },
    {
      name: 'landscape-1080p60-26s',
      aspect: '16:9',
      fps: 60,
      photos: 6,
      secondsPerPhoto: 5,
      quality: 'standard',
      repeats: 2,
    },
    {
      name: 'preview-540p30-26s',
      aspect: '9:16',
      fps: 30,
      photos: 6,
      secondsPerPhoto: 5,
      quality: 'draft',
      repeats: 2,
    },
    {
      name: 'preview-540p30-180s-60-photos',
      aspect: '9:16',
      fps: 30,
      photos: 60,
      secondsPerPhoto: 3.8,
      quality: 'draft',
      repeats: 1,
    },
  );
}
const results = [];
for (const spec of jobs) {
  const photosFor = spec.photos > 6 ? await benchPhotos(6) : photos;
  process.stderr.write(`running ${spec.name}…\n`);
  const result = await benchJob(spec, photosFor);
  results.push(result);
  process.stderr.write(
    `  ${spec.name}: Joy ${result.joy.wallS.toFixed(1)} s (cpu ${result.joy.cpuS.toFixed(1)} s, ${result.joy.nodeMaxRssMb?.toFixed(0)} MB) · floor ${result.floor.wallS.toFixed(1)} s (cpu ${result.floor.cpuS.toFixed(1)} s) · ratio ${result.ratio.toFixed(2)} · ${result.realTimeFactor.toFixed(1)}× real time\n`,
  );
}
process.stderr.write('running joy make, first run (empty analysis cache) and second run…\n');
const make = await makeRuns();
process.stderr.write('measuring face recall…\n');
const recall = await measureRecall();
const main = results[0]!;
// Split renders of the first job against its whole render (same machine, same draft).
const workerCounts = cpus().length >= 8 ? [1, 2, 4] : [1, 2];
const chunked = [];
for (const workers of workerCounts) {
  process.stderr.write(`running ${main.name} split for ${workers} worker(s)…\n`);
  chunked.push(
    await chunkedRender(
      jobDraft(main, photos),
      join(BENCH_DIR, `${main.name}.json`),
      main.quality,
      workers,
      join(BENCH_DIR, `chunks-${workers}`),
      { path: main.joyOut, wallS: main.joy.wallS },
    ),
  );
}
const smooth = smoothnessReport(await zoomSteps(main.joyOut, 165, 90), 1080);
// The same measurement on ffmpeg's zoompan (a typical Ken Burns script), whose crop moves in whole pixels.
const zoompan = join(BENCH_DIR, 'zoompan.mp4');
process.stderr.write('running zoompan comparison…\n');
const zoompanTime = await timed(ffmpeg().path, [
  '-v',
  'error',
  '-y',
  '-loop',
  '1',
  '-i',
  photos[0]!.path,
  '-vf',
  "scale=-2:2880,zoompan=z='min(zoom+0.0009,1.5)':d=150:x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':s=1080x1920:fps=30",
  '-frames:v',
  '150',
  '-c:v',
  'libx264',
  '-preset',
  'veryfast',
  '-crf',
  '20',
  '-pix_fmt',
  'yuv420p',
  zoompan,
]);
const zoompanSmooth = smoothnessReport(await zoomSteps(zoompan, 30, 90), 1080);
const report = {
  machine,
  make,
  recall,
  smoothness: {
    joy: { job: main.name, frames: '165–255', ...smooth },
    zoompan: { frames: '30–120', ...zoompanSmooth, wallS: zoompanTime.measure.wallS },
  },
  results,
  chunked: { job: main.name, wholeWallS: main.joy.wallS, cores: cpus().length, runs: chunked },
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const path = new URL('./results/latest.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  '\njob                               frames  Joy wall  floor wall  ratio  cpu ratio  Joy RSS  first frame  × real time',
);
for (const r of results) {
  console.log(
    `${r.name.padEnd(34)}${String(r.frames).padStart(6)}  ${r.joy.wallS.toFixed(1).padStart(7)} s  ${r.floor.wallS.toFixed(1).padStart(8)} s  ${r.ratio.toFixed(2).padStart(5)}  ${r.cpuRatio.toFixed(2).padStart(9)}  ${(r.joy.nodeMaxRssMb ?? 0).toFixed(0).padStart(5)} MB  ${((r.joy.firstFrameMs ?? 0) / 1000).toFixed(2).padStart(9)} s  ${r.realTimeFactor.toFixed(1).padStart(6)}`,
  );
}
console.log(
  `\nsplit renders of ${main.name} (whole: ${main.joy.wallS.toFixed(1)} s on ${cpus().length} cores; chunk processes at once = workers):`,
);
for (const c of chunked) {
  console.log(
    `  ${String(c.workers).padStart(2)} worker(s), ${c.chunks} chunks: ${c.wallS.toFixed(1)} s (join ${c.joinS.toFixed(1)} s) = ${c.ratio.toFixed(2)}× the whole render; frames ${c.framesEqual ? 'equal' : 'DIFFER'}, duration ${c.durationEqual ? 'equal' : 'DIFFERS'}`,
  );
}
const px = (v: number) => `${v.toFixed(3)} px`;
console.log(
  '\nsmoothness of a slow zoom (motion of the frame edge per frame, 1080 px wide; second difference = judder):',
);
console.log(
  `  Joy      mean step ${px(smooth.meanStepPx)}, second difference median ${px(smooth.medianSecondDifferencePx)}, max ${px(smooth.maxSecondDifferencePx)}`,
);
console.log(
  `  zoompan  mean step ${px(zoompanSmooth.meanStepPx)}, second difference median ${px(zoompanSmooth.medianSecondDifferencePx)}, max ${px(zoompanSmooth.maxSecondDifferencePx)}`,
);
console.log(
  `results written to bench/results/latest.json (${statSync(path).size} bytes); commit as bench/baseline.json with the machine noted`,
);
console.log(`\n${makeLine(make)}`);
printRecall(recall);
