import { resolve } from 'node:path';
import type { Command } from 'commander';
import { fileResolver } from '../../make/local-files.js';
import { startVideo } from '../../make/make-video.js';
import type { CanvasOptions, StyleOptions } from '../../make/options.js';
import { summarizeDraft } from '../../model/summary.js';
import { writeDraftFile } from '../draft-file.js';
import { cliLang, say } from '../lang.js';
import { createReporter, reportError } from '../output.js';
import { parseQuality, renderToFile, wroteLine } from './render-to-file.js';

interface MakeOptions extends CanvasOptions, StyleOptions {
  prompt?: string;
  output: string;
  music?: string;
  quality?: string;
  saveDraft?: string;
  render: boolean;
  json?: boolean;
  /** `--no-analyse` sets this false: no faces, subject, blur or beat analysis. */
  analyse?: boolean;
  dropFlagged?: boolean;
}

/** `joy make`: the library's planVideo, then a render with Ctrl-C wired to cancel, and the CLI's output. */
export async function makeCommand(inputs: string[], options: MakeOptions): Promise<number> {
  const json = Boolean(options.json);
  const reporter = createReporter({ json });
  try {
    const quality = parseQuality(options.quality);
    // Rendering starts while photos are still analysed where the plan allows (see startVideo).
    const started = await startVideo(
      inputs,
      {
        ...options,
        createdWith: 'joy make',
        lang: cliLang(),
        onMessage: (line, level) => (level === 'warn' ? reporter.warn(line) : reporter.info(line)),
      },
      options.render,
    );
    const skipped = started.skipped;
    reporter.info(summarizeDraft(started.draft, cliLang()));
    const save = async (draft: typeof started.draft) => {
      if (!options.saveDraft) return;
      await writeDraftFile(options.saveDraft, draft);
      reporter.info(say('cli.draftSaved', { file: options.saveDraft }));
    };
    // A draft complete before rendering is saved first, as it always was; one still being analysed after.
    if (!started.pending) await save(started.draft);
    let rendered: Awaited<ReturnType<typeof renderToFile>> | undefined;
    let draft = started.draft;
    try {
      if (options.render) {
        rendered = await renderToFile(started.draft, options.output, {
          quality,
          resolve: fileResolver(process.cwd()),
          reporter,
          ...(started.pending ? { pending: started.pending } : {}),
        });
      }
    } finally {
      draft = (await started.finish()).draft;
    }
    if (rendered) reporter.info(wroteLine(options.output, rendered));
    if (started.pending) await save(draft);
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ ok: true, output: rendered ? resolve(options.output) : null, draft: options.saveDraft ?? null, skipped, result: rendered ?? null })}\n`,
      );
    }
    return 0;
  } catch (error) {
    return reportError(error, json);
  }
}

export function registerMake(program: Command): void {
  program
    .command('make')
    .description('Make a video from photos (and clips, and music) in one step.')
    .argument('<inputs...>', 'photos, video clips, audio files or folders')
    .option('-p, --prompt <text>', 'what you want, in plain words (English or Chinese)')
    .option('-o, --output <file>', 'where to write the MP4', 'joy.mp4')
    .option('--aspect <ratio>', 'canvas shape: 9:16, 16:9, 1:1, 4:5')
    .option('--preset <name>', 'platform: tiktok, reels, shorts, youtube, instagram-feed, square')
    .option('--resolution <name>', 'short side: 720p, 1080p (default), 1440p, 2160p')
    .option('--fps <n>', 'frames per second: 24, 25, 30 (default), 60')
    .option('--seconds-per-photo <s>', 'how long each photo shows')
    .option('--duration <s>', 'total length of the video in seconds')
    .option('--transition <name>', 'transition between photos (see `joy effects transitions`)')
    .option('--transition-duration <s>', 'transition length in seconds')
    .option('--motion <name>', 'motion for every photo (see `joy effects motions`)')
    .option('--fit <name>', 'how photos of another shape fill the frame: cover, blur, color')
    .option('--look <name>', 'colour look (see `joy effects looks`)')
    .option('--title <text>', 'a title over the first seconds')
    .option('--music <file>', 'background music (faded out at the end)')
    .option('--music-volume <0-1>', 'music volume, 0–1 or a percentage like 35%')
    .option('--quality <q>', 'draft (fast 540p preview), standard (default), high', 'standard')
    .option('--save-draft <file>', 'also save the timeline as a draft JSON file')
    .option('--no-render', 'stop after planning (use with --save-draft)')
    .option('--no-analyse', 'skip photo and music analysis (faces, subject, blur, duplicates, beats)')
    .option('--drop-flagged', 'leave out photos flagged as near-duplicates or blurred')
    .option('--json', 'print a JSON result on stdout')
    .addHelpText(
      'after',
      `
Examples:
  joy make photos/*.jpg -o trip.mp4
  joy make photos/ -p "turn my photos into a smooth animated video with transitions" -o trip.mp4
  joy make a.jpg b.heic c.png --preset tiktok --duration 20 --title "Road Trip" --music song.mp3
  joy make photos/ --save-draft trip.json --no-render && joy render trip.json -o trip.mp4`,
    )
    .action(async (inputs: string[], options: MakeOptions) => {
      process.exitCode = await makeCommand(inputs, options);
    });
}
