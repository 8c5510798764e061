import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import sharp from 'sharp';
import { loadFaceModels } from '../../analyse/faces.js';
import { loadPeopleSegmenter, segmentPeople } from '../../analyse/people-segmenter.js';
import { Encoder } from '../../encode/encoder.js';
import { encodeJob } from '../../encode/ffmpeg-args.js';
import { mediaLibraries, meetsMinimum, probe } from '../../media/index.js';
import { say } from '../lang.js';

/** Half a second of a 440 Hz tone as a 16-bit mono WAV. */
function toneWav(): Buffer {
  const rate = 48_000;
  const samples = rate / 2;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++)
    wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return wav;
}

/** Encodes five grey frames and a tone the way a render does; returns the codecs of the file written. */
async function encodeSample(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'joy-doctor-'));
  try {
    const tone = join(dir, 'tone.wav');
    const output = join(dir, 'check.mp4');
    writeFileSync(tone, toneWav());
    const sound = { path: tone, demuxer: 'wav' as const, startMs: 0, durationMs: 500, trimStartMs: 0 };
    const audio = [{ ...sound, volume: 1, fadeInMs: 0, fadeOutMs: 0, loop: false, normalize: false }];
    const job = encodeJob({
      width: 64,
      height: 64,
      fps: 10,
      durationMs: 500,
      quality: 'draft',
      audio,
      targetLufs: -14,
      output,
    });
    const encoder = new Encoder(job);
    for (let n = 0; n < 5; n++) await encoder.write(new Uint8Array(64 * 64 * 1.5).fill(128));
    await encoder.finish();
    return (await probe(output)).streams.map((stream) => stream.codec_name ?? '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints what Joy runs with and proves the encoder works by encoding a few frames. */
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'Check the tools Joy uses (FFmpeg libraries, image decoders, analysis models) and that they work.',
    )
    .action(async () => {
      let ok = true;
      const line = (good: boolean, label: string, detail: string) => {
        ok &&= good;
        process.stdout.write(`${good ? 'ok  ' : 'FAIL'}  ${label.padEnd(10)} ${detail}\n`);
      };
      line(true, 'node', process.version);
      // Every probe, decode and encode: the FFmpeg libraries node-av ships, in a child process per job.
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
      // Encoding through the same libraries: a few frames and a tone to H.264 + AAC MP4, then read back.
      try {
        const codecs = await encodeSample();
        const good = codecs.includes('h264') && codecs.includes('aac');
        line(
          good,
          'encode',
          good
            ? say('cli.doctor.encodeOk')
            : say('cli.doctor.encodeFailed', { reason: codecs.join(', ') || say('cli.doctor.noStreams') }),
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
