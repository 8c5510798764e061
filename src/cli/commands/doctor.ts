import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import sharp from 'sharp';
import { loadFaceModels } from '../../analyse/faces.js';
import { loadPeopleSegmenter, segmentPeople } from '../../analyse/people-segmenter.js';
import { ffmpeg, MINIMUM_FFMPEG, mediaLibraries, meetsMinimum } from '../../media/index.js';
import { say } from '../lang.js';

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
          say('cli.doctor.media', {
            version: libraries.version,
            libavformat: libraries.libavformat,
            nodeAv: libraries.nodeAv,
          }),
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
          say('cli.doctor.ffmpeg', {
            version: choice.version,
            libavformat: choice.libavformat,
            origin: choice.origin,
            path: choice.path,
          }),
        );
        if (!meetsMinimum(choice.libavformat)) {
          process.stdout.write(
            `warn  ${''.padEnd(10)} ${say('cli.doctor.old', { release: MINIMUM_FFMPEG.release })}\n`,
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
          test.status === 0
            ? say('cli.doctor.encodeOk')
            : say('cli.doctor.encodeFailed', { reason: test.stderr.trim().slice(-300) }),
        );
      } catch (error) {
        line(false, 'encode', (error as Error).message);
      }
      line(
        true,
        'sharp',
        say('cli.doctor.sharp', { sharp: sharp.versions.sharp, vips: String(sharp.versions.vips) }),
      );
      // The analysis models ship in npm and in assets/: loading and running them proves nothing is missing.
      try {
        const started = performance.now();
        await loadFaceModels();
        await loadPeopleSegmenter();
        const blank = { data: new Uint8Array(64 * 64 * 3), width: 64, height: 64 };
        const map = await segmentPeople(blank);
        const ms = Math.round(performance.now() - started);
        line(map.data.length > 0, 'analysis', say('cli.doctor.analysis', { ms }));
      } catch (error) {
        line(false, 'analysis', (error as Error).message);
      }
      process.exitCode = ok ? 0 : 1;
    });
}
