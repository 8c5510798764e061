import type { Stereo } from './instruments.js';
import { SAMPLE_RATE } from './instruments.js';

/** 16-bit stereo PCM in a RIFF/WAVE container. */
export function encodeWav(audio: Stereo, sampleRate = SAMPLE_RATE): Buffer {
  const frames = audio.left.length;
  const data = frames * 4;
  const buffer = Buffer.alloc(44 + data);
  buffer.write('RIFF', 0, 'ascii');
  buffer.writeUInt32LE(36 + data, 4);
  buffer.write('WAVE', 8, 'ascii');
  buffer.write('fmt ', 12, 'ascii');
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(2, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * 4, 28);
  buffer.writeUInt16LE(4, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write('data', 36, 'ascii');
  buffer.writeUInt32LE(data, 40);
  const samples = new Int16Array(buffer.buffer, buffer.byteOffset + 44, frames * 2);
  for (let i = 0; i < frames; i++) {
    samples[2 * i] = Math.round(Math.max(-1, Math.min(1, audio.left[i]!)) * 32767);
    samples[2 * i + 1] = Math.round(Math.max(-1, Math.min(1, audio.right[i]!)) * 32767);
  }
  return buffer;
}
