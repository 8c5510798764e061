import { writeFileSync } from 'node:fs';

/** Writes mono float samples (−1…1) as a 16-bit PCM WAV file. */
export function writeWav(path: string, samples: Float32Array, sampleRate: number): void {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 32767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([header, data]));
}

/** A small deterministic random generator (mulberry32), so tracks are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DrumTrack {
  samples: Float32Array;
  sampleRate: number;
  /** True beat times, ms. */
  beatsMs: number[];
}

/**
 * A drum loop with a known beat: a kick drum on every beat starting at `offsetMs`, a softer hi-hat on the
 * off-beats when `hats` is set, a sustained chord and a little noise underneath.
 */
export function drumTrack(options: {
  bpm: number;
  offsetMs: number;
  seconds: number;
  hats?: boolean;
  seed?: number;
}): DrumTrack {
  const sampleRate = 22_050;
  const n = Math.round(options.seconds * sampleRate);
  const samples = new Float32Array(n);
  const rand = random(options.seed ?? 1);
  const period = 60 / options.bpm;
  const beatsMs: number[] = [];
  for (let t = options.offsetMs / 1000; t < options.seconds - 0.05; t += period) {
    beatsMs.push(t * 1000);
    addKick(samples, sampleRate, t, rand);
    if (options.hats && t + period / 2 < options.seconds) addHat(samples, sampleRate, t + period / 2, rand);
  }
  for (let i = 0; i < n; i++) {
    const time = i / sampleRate;
    const chord =
      0.03 *
      (Math.sin(2 * Math.PI * 220 * time) +
        Math.sin(2 * Math.PI * 277.2 * time) +
        Math.sin(2 * Math.PI * 329.6 * time));
    samples[i] = samples[i]! + chord + 0.01 * (rand() * 2 - 1);
  }
  return { samples, sampleRate, beatsMs };
}

function addKick(samples: Float32Array, sampleRate: number, at: number, rand: () => number): void {
  const start = Math.round(at * sampleRate);
  let phase = 0;
  for (let i = 0; i < 0.3 * sampleRate && start + i < samples.length; i++) {
    const t = i / sampleRate;
    const frequency = 45 + 105 * Math.exp(-t / 0.03);
    phase += (2 * Math.PI * frequency) / sampleRate;
    const body = 0.7 * Math.sin(phase) * Math.exp(-t / 0.12);
    const click = t < 0.004 ? 0.3 * (rand() * 2 - 1) : 0;
    samples[start + i] = samples[start + i]! + body + click;
  }
}

function addHat(samples: Float32Array, sampleRate: number, at: number, rand: () => number): void {
  const start = Math.round(at * sampleRate);
  let previous = 0;
  for (let i = 0; i < 0.05 * sampleRate && start + i < samples.length; i++) {
    const noise = rand() * 2 - 1;
    const high = noise - previous; // a crude high-pass
    previous = noise;
    samples[start + i] = samples[start + i]! + 0.15 * high * Math.exp(-i / sampleRate / 0.015);
  }
}
