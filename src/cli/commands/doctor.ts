import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import sharp from 'sharp';
import { loadFaceModels } from '../../analyse/faces.js';
import { loadPeopleSegmenter, segmentPeople } from '../../analyse/people-segmenter.js';
import { ffmpeg, MINIMUM_FFMPEG, mediaLibraries, meetsMinimum } from '../../media/index.js';

/** Prints what Joy runs with and proves the encoder works by encoding a few frames. */
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'Check the tools Joy uses (FFmpeg libraries, the encoder, image decoders, analysis models) and that they work.',
    )
    .action(async () => {
      let ok = true;
      const line = (good: boolean, label: string, detail: string) => {
        ok &&= good;
        process.stdout.write(`${good ? 'ok  ' : 'FAIL'}  ${label.padEnd(10)} ${detail}\n`);
      };
      line(true, 'node', process.version);
      // Probing, analysis and clip decoding: the FFmpeg libraries node-av ships, in a child process.
      try {
        const libraries = await mediaLibraries();
        const current = meetsMinimum(libraries.libavformat);
        line(
          current,
          'media',
          `FFmpeg ${libraries.version} (libavformat ${libraries.libavformat}) from npm node-av ${libraries.nodeAv}: probe, analysis and clip decoding`,
        );
      } catch (error) {
        line(false, 'media', (error as Error).message);
      }
      // The encoder is still the ffmpeg program (JOY_FFMPEG, or the build npm installed).
      try {
        const choice = ffmpeg();
        line(
          true,
          'ffmpeg',
          `${choice.version}, libavformat ${choice.libavformat}, from ${choice.origin}: ${choice.path} (encoder)`,
        );
        if (!meetsMinimum(choice.libavformat)) {
          process.stdout.write(
            `warn  ${''.padEnd(10)} older than FFmpeg ${MINIMUM_FFMPEG.release}; set JOY_FFMPEG to a current build\n`,
          );
        }
      } catch (error) {
        line(false, 'ffmpeg', (error as Error).message);
      }
      try {
        const test = spawnSync(
          ffmpeg().path,
          [
            '-hide_banner',
            '-loglevel',
            'error',
            '-f',
            'lavfi',
            '-i',
            'testsrc=size=64x64:rate=10:duration=0.5',
            '-f',
            'lavfi',
            '-i',
            'sine=duration=0.5',
            '-c:v',
            'libx264',
            '-pix_fmt',
            'yuv420p',
            '-c:a',
            'aac',
            '-f',
            'mp4',
            '-movflags',
            '+faststart',
            '-y',
            '/dev/null',
          ],
          { encoding: 'utf8', timeout: 30_000 },
        );
        line(
          test.status === 0,
          'encode',
          test.status === 0 ? 'H.264 + AAC encode works' : `failed: ${test.stderr.trim().slice(-300)}`,
        );
      } catch (error) {
        line(false, 'encode', (error as Error).message);
      }
      line(true, 'sharp', `${sharp.versions.sharp} (libvips ${sharp.versions.vips}); heic via wasm decoder`);
      // The analysis models ship in npm and in assets/: loading and running them proves nothing is missing.
      try {
        const started = performance.now();
        await loadFaceModels();
        await loadPeopleSegmenter();
        const blank = { data: new Uint8Array(64 * 64 * 3), width: 64, height: 64 };
        const map = await segmentPeople(blank);
        const ms = Math.round(performance.now() - started);
        line(
          map.data.length > 0,
          'analysis',
          `faces (face-api) and people segmentation loaded and ran in ${ms} ms, on TensorFlow.js WebAssembly`,
        );
      } catch (error) {
        line(false, 'analysis', (error as Error).message);
      }
      process.exitCode = ok ? 0 : 1;
    });
}
