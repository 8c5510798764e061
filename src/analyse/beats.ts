import { basename } from 'node:path';
import { phrasedError } from '../errors.js';
import { bindInput, runAvJob } from '../media/index.js';
import { phrase } from '../messages/index.js';
import type { BeatAnalysis } from './types.js';

/**
 * Beat tracking for music, so cuts can land on the beat. The steps follow the classic recipe:
 * 1. onset strength: spectral flux of log-compressed STFT magnitudes (a beat is a burst of new energy);
 * 2. tempo: autocorrelation of the onset strength, weighted by a log-normal prior around 120 BPM, kept
 *    within 70–180 BPM, refined between frames;
 * 3. beats: dynamic programming (Ellis 2007, "Beat tracking by dynamic programming"): the best chain of
 *    strong onsets spaced about one period apart, which fixes the phase against the onsets;
 * 4. the tempo reported is the least-squares slope of the beat times.
 */

export const BEAT_SAMPLE_RATE = 22_050;
const FFT_SIZE = 1024;
const HOP = 256;

export interface BeatOptions {
  /** Slowest and fastest tempo accepted (default 70 and 180 BPM); other tempos are halved or doubled into range. */
  minBpm?: number;
  maxBpm?: number;
  /** Tempo the prior prefers when the music allows several metrical levels (default 120). */
  preferredBpm?: number;
  /** How strictly beats keep to one tempo (Ellis's α, default 100). */
  tightness?: number;
}

export interface AudioDecodeOptions {
  sampleRate?: number;
  /** Analyse only the first part of a long file (default 10 minutes). */
  maxDurationMs?: number;
  signal?: AbortSignal;
}

/** Decodes any audio (or a video's sound) to mono 32-bit float PCM, in the media child. */
export async function decodeAudioMono(path: string, options: AudioDecodeOptions = {}): Promise<Float32Array> {
  const sampleRate = options.sampleRate ?? BEAT_SAMPLE_RATE;
  const maxSeconds = (options.maxDurationMs ?? 600_000) / 1000;
  const input = await bindInput(path);
  let bytes: Buffer;
  try {
    bytes = await runAvJob({ op: 'pcm', ...input, sampleRate, maxSeconds }, options.signal);
  } catch (error) {
    if (options.signal?.aborted || (error as Error).name === 'AbortError')
      throw phrasedError('canceled', phrase('beats.canceled'), { cause: error });
    throw phrasedError('corrupt_media', phrase('beats.undecodable', { file: basename(path) }), {
      file: basename(path),
      hint: phrase('beats.undecodable.hint'),
      details: { stderr: (error as Error).message },
    });
  }
  const samples = new Float32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < samples.length; i++) samples[i] = bytes.readFloatLE(i * 4);
  return samples;
}

/** Finds the tempo and beats of an audio or video file. */
export async function detectBeats(
  path: string,
  options: BeatOptions & AudioDecodeOptions = {},
): Promise<BeatAnalysis> {
  const sampleRate = options.sampleRate ?? BEAT_SAMPLE_RATE;
  const samples = await decodeAudioMono(path, { ...options, sampleRate });
  return trackBeats(samples, sampleRate, options);
}

/** Onset strength, one value per hop (`frameRate` per second); frame n is centred on sample n·hop. */
export function onsetEnvelope(
  samples: Float32Array,
  sampleRate: number,
): { envelope: Float32Array; frameRate: number } {
  const frames = Math.max(0, Math.floor(samples.length / HOP) + 1);
  const bins = FFT_SIZE / 2 + 1;
  const window = new Float64Array(FFT_SIZE);
  let windowSum = 0;
  for (let i = 0; i < FFT_SIZE; i++) {
    window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / FFT_SIZE);
    windowSum += window[i]!;
  }
  // Bins above 11 kHz hold little rhythm; below 30 Hz only rumble.
  const lowBin = Math.max(1, Math.floor((30 * FFT_SIZE) / sampleRate));
  const highBin = Math.min(bins - 1, Math.ceil((11_000 * FFT_SIZE) / sampleRate));
  const re = new Float64Array(FFT_SIZE);
  const im = new Float64Array(FFT_SIZE);
  let previous = new Float64Array(bins);
  let current = new Float64Array(bins);
  const flux = new Float32Array(frames);
  for (let n = 0; n < frames; n++) {
    const start = n * HOP - FFT_SIZE / 2;
    for (let i = 0; i < FFT_SIZE; i++) {
      const s = start + i;
      re[i] = s >= 0 && s < samples.length ? samples[s]! * window[i]! : 0;
      im[i] = 0;
    }
    fft(re, im);
    let sum = 0;
    for (let k = lowBin; k <= highBin; k++) {
      const magnitude = (2 * Math.hypot(re[k]!, im[k]!)) / windowSum;
      const level = Math.log1p(1000 * magnitude);
      current[k] = level;
      sum += Math.max(0, level - previous[k]!); // frame 0 compares with the silence before the file
    }
    flux[n] = sum;
    [previous, current] = [current, previous];
  }
  // Remove the slowly varying part (crescendos), keep what rises above it.
  const frameRate = sampleRate / HOP;
  const radius = Math.round(frameRate * 0.25);
  const envelope = new Float32Array(frames);
  let acc = 0;
  const prefix = new Float64Array(frames + 1);
  for (let i = 0; i < frames; i++) {
    acc += flux[i]!;
    prefix[i + 1] = acc;
  }
  for (let i = 0; i < frames; i++) {
    const lo = Math.max(0, i - radius);
    const hi = Math.min(frames, i + radius + 1);
    envelope[i] = Math.max(0, flux[i]! - (prefix[hi]! - prefix[lo]!) / (hi - lo));
  }
  return { envelope, frameRate };
}

/** Tempo from the onset envelope: period in frames (fractional) and how clear it is (0–1). */
export function estimateTempo(
  envelope: Float32Array,
  frameRate: number,
  options: BeatOptions = {},
): { bpm: number; period: number; clarity: number } {
  const minBpm = options.minBpm ?? 70;
  const maxBpm = options.maxBpm ?? 180;
  const preferred = options.preferredBpm ?? 120;
  const n = envelope.length;
  let mean = 0;
  for (const v of envelope) mean += v;
  mean /= Math.max(1, n);
  // Smoothed a little, so a period that falls between frames still lines its beats up.
  const centred = gaussianSmooth(envelope, 2, mean);
  for (let i = 0; i < n; i++) centred[i]! -= mean;
  const maxLag = Math.min(n - 1, Math.ceil((frameRate * 60) / (minBpm / 2)));
  const ac = new Float64Array(maxLag + 2);
  for (let lag = 0; lag <= maxLag + 1 && lag < n; lag++) {
    let s = 0;
    for (let i = lag; i < n; i++) s += centred[i]! * centred[i - lag]!;
    ac[lag] = s / n;
  }
  if (!(ac[0]! > 0)) return { bpm: 0, period: 0, clarity: 0 };
  // Strength of a lag: its autocorrelation plus half that of its double (a real beat period repeats), times the prior.
  const lagOf = (bpm: number) => (frameRate * 60) / bpm;
  const score = (lag: number) => {
    const bpm = (frameRate * 60) / lag;
    const prior = Math.exp(-0.5 * Math.log2(bpm / preferred) ** 2);
    return (interpolate(ac, lag) + 0.5 * interpolate(ac, 2 * lag)) * prior;
  };
  const loLag = Math.max(2, Math.floor(lagOf(maxBpm)));
  const hiLag = Math.min(Math.floor(maxLag / 2), Math.ceil(lagOf(minBpm)));
  let bestLag = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let lag = loLag; lag <= hiLag; lag++) {
    const s = score(lag);
    if (s > best) {
      best = s;
      bestLag = lag;
    }
  }
  if (bestLag === 0) return { bpm: 0, period: 0, clarity: 0 };
  // Refine between frames with a parabola through the neighbours.
  const a = score(bestLag - 1);
  const b = score(bestLag);
  const c = score(bestLag + 1);
  const denominator = a - 2 * b + c;
  const shift = denominator < 0 ? Math.max(-0.5, Math.min(0.5, (0.5 * (a - c)) / denominator)) : 0;
  const period = bestLag + shift;
  return {
    bpm: (frameRate * 60) / period,
    period,
    clarity: Math.max(0, Math.min(1, interpolate(ac, period) / ac[0]!)),
  };
}

/** Beats of mono PCM samples. */
export function trackBeats(
  samples: Float32Array,
  sampleRate: number,
  options: BeatOptions = {},
): BeatAnalysis {
  const { envelope, frameRate } = onsetEnvelope(samples, sampleRate);
  const empty: BeatAnalysis = { bpm: 0, beatsMs: [], confidence: 0 };
  if (envelope.length < frameRate * 2) return empty;
  let peak = 0;
  for (const v of envelope) peak = Math.max(peak, v);
  if (peak < 1e-3) return empty;
  const tempo = estimateTempo(envelope, frameRate, options);
  if (tempo.period <= 0) return empty;
  const frames = beatFrames(envelope, tempo.period, options.tightness ?? 100);
  const beatsMs = frames.map((f) => Math.round((f / frameRate) * 1000));
  let bpm = tempo.bpm;
  let regularity = 0;
  if (frames.length >= 4) {
    bpm = 60_000 / slope(beatsMs);
    const intervals = beatsMs.slice(1).map((t, i) => t - beatsMs[i]!);
    const meanInterval = intervals.reduce((s, v) => s + v, 0) / intervals.length;
    const spread = Math.sqrt(intervals.reduce((s, v) => s + (v - meanInterval) ** 2, 0) / intervals.length);
    regularity = Math.max(0, 1 - spread / meanInterval / 0.1);
  }
  // Clear, repeating onsets and evenly spaced beats mean a steady beat.
  const confidence = Math.max(0, Math.min(1, tempo.clarity / 0.5)) * (0.5 + 0.5 * regularity);
  return { bpm: Math.round(bpm * 100) / 100, beatsMs, confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * Ellis's dynamic programme: the score of a beat at frame t is its onset strength plus the best score of
 * a previous beat between P/2 and 2P before it, less a penalty growing with the log of how far that gap
 * is from the period P. The best chain is read back from the last strong beat.
 */
function beatFrames(envelope: Float32Array, period: number, tightness: number): number[] {
  const n = envelope.length;
  // Normalise, and smooth a little so a beat a frame off still scores.
  let sumSq = 0;
  for (const v of envelope) sumSq += v * v;
  const std = Math.sqrt(sumSq / n) || 1;
  const radius = Math.max(1, Math.round(period / 16));
  const local = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let s = 0;
    for (let k = -radius; k <= radius; k++) {
      const i = t + k;
      if (i >= 0 && i < n) s += (envelope[i]! / std) * Math.exp(-0.5 * ((k * 32) / period) ** 2);
    }
    local[t] = s;
  }
  const score = new Float64Array(n);
  const back = new Int32Array(n).fill(-1);
  const minGap = Math.max(1, Math.round(period / 2));
  const maxGap = Math.round(2 * period);
  const penalty = new Float64Array(maxGap + 1);
  for (let gap = minGap; gap <= maxGap; gap++) penalty[gap] = -tightness * Math.log(gap / period) ** 2;
  let started = false;
  const startLevel = 0.01 * local.reduce((m, v) => Math.max(m, v), 0);
  for (let t = 0; t < n; t++) {
    let best = Number.NEGATIVE_INFINITY;
    let from = -1;
    for (let gap = minGap; gap <= maxGap; gap++) {
      // Before the start of the file there is nothing to chain to: only the gap's penalty counts.
      const s = (t - gap >= 0 ? score[t - gap]! : 0) + penalty[gap]!;
      if (s > best) {
        best = s;
        from = t - gap;
      }
    }
    score[t] = local[t]! + best;
    // Until the music starts, no beat links back.
    if (!started && local[t]! < startLevel) back[t] = -1;
    else {
      back[t] = from;
      started = true;
    }
  }
  // The last beat: the last local maximum of the score that is at least half the typical one.
  const maxima: number[] = [];
  for (let t = 1; t < n - 1; t++) if (score[t]! > score[t - 1]! && score[t]! >= score[t + 1]!) maxima.push(t);
  if (maxima.length === 0) return [];
  const sortedScores = maxima.map((t) => score[t]!).sort((a, b) => a - b);
  const median = sortedScores[Math.floor(sortedScores.length / 2)]!;
  let last = maxima[maxima.length - 1]!;
  for (let i = maxima.length - 1; i >= 0; i--) {
    if (score[maxima[i]!]! >= 0.5 * median) {
      last = maxima[i]!;
      break;
    }
  }
  const beats: number[] = [];
  for (let t = last; t >= 0; t = back[t]!) beats.push(t);
  beats.reverse();
  // Drop weak beats at either end (silence before and after the music).
  let rms = 0;
  for (const v of local) rms += v * v;
  const floor = 0.5 * Math.sqrt(rms / n);
  let first = 0;
  while (first < beats.length && local[beats[first]!]! < floor) first++;
  let end = beats.length;
  while (end > first && local[beats[end - 1]!]! < floor) end--;
  // The chain may squeeze in off-beats to reach a strong last onset (or start from one); drop beats at
  // either end whose spacing is more than 10% off the typical one.
  const kept = beats.slice(first, end);
  if (kept.length >= 4) {
    const gaps = kept.slice(1).map((b, i) => b - kept[i]!);
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    const off = (gap: number) => Math.abs(gap - median) > 0.1 * median + 1;
    while (kept.length > 2 && off(kept[kept.length - 1]! - kept[kept.length - 2]!)) kept.pop();
    while (kept.length > 2 && off(kept[1]! - kept[0]!)) kept.shift();
    // Then carry the grid on to the ends wherever a clear onset sits about one period further.
    const reach = Math.max(1, Math.round(0.1 * median));
    const strongest = (centre: number) => {
      let at = -1;
      for (let t = Math.max(0, centre - reach); t <= Math.min(n - 1, centre + reach); t++) {
        if (local[t]! >= floor && (at < 0 || local[t]! > local[at]!)) at = t;
      }
      return at;
    };
    for (let next = strongest(kept[kept.length - 1]! + median); next >= 0; next = strongest(next + median))
      kept.push(next);
    for (
      let previous = strongest(kept[0]! - median);
      previous >= 0 && previous < kept[0]!;
      previous = strongest(previous - median)
    ) {
      kept.unshift(previous);
    }
  }
  return kept;
}

/**
 * Moves each cut (ascending times, ms) to the nearest beat when one lies within `toleranceMs`. Cuts keep
 * their order: a cut never moves onto or past a neighbour, so two cuts never share a beat.
 */
export function snapToBeats(
  cutTimesMs: readonly number[],
  beatsMs: readonly number[],
  toleranceMs = 150,
): number[] {
  const beats = [...beatsMs].sort((a, b) => a - b);
  const out: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const [index, cut] of cutTimesMs.entries()) {
    const next = cutTimesMs[index + 1] ?? Number.POSITIVE_INFINITY;
    let chosen = cut;
    let bestDistance = Number.POSITIVE_INFINITY;
    // Nearest beats around the cut, by binary search.
    let lo = 0;
    let hi = beats.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (beats[mid]! < cut) lo = mid + 1;
      else hi = mid;
    }
    for (const i of [lo - 2, lo - 1, lo, lo + 1]) {
      const beat = beats[i];
      if (beat === undefined || beat <= previous || beat >= next) continue;
      const distance = Math.abs(beat - cut);
      if (distance <= toleranceMs && distance < bestDistance) {
        bestDistance = distance;
        chosen = beat;
      }
    }
    out.push(chosen);
    previous = chosen;
  }
  return out;
}

/** Gaussian smoothing with standard deviation `sigma` samples; `outside` stands in beyond the ends. */
function gaussianSmooth(values: Float32Array, sigma: number, outside: number): Float64Array {
  const radius = Math.ceil(3 * sigma);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, k) =>
    Math.exp(-0.5 * ((k - radius) / sigma) ** 2),
  );
  const total = kernel.reduce((s, v) => s + v, 0);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let s = 0;
    for (let k = -radius; k <= radius; k++) s += kernel[k + radius]! * (values[i + k] ?? outside);
    out[i] = s / total;
  }
  return out;
}

/** Least-squares slope of values against their index. */
function slope(values: readonly number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    num += (i - meanX) * (v - meanY);
    den += (i - meanX) ** 2;
  });
  return num / den;
}

/** Linear interpolation of an array at a fractional index (0 outside). */
function interpolate(values: Float64Array, at: number): number {
  const i = Math.floor(at);
  const f = at - i;
  const a = values[i] ?? 0;
  const b = values[i + 1] ?? 0;
  return a + f * (b - a);
}

/** In-place iterative radix-2 complex FFT (length a power of two). */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    const wr = Math.cos(angle);
    const wi = Math.sin(angle);
    for (let start = 0; start < n; start += size) {
      let cr = 1;
      let ci = 0;
      for (let k = 0; k < size / 2; k++) {
        const a = start + k;
        const b = a + size / 2;
        const tr = re[b]! * cr - im[b]! * ci;
        const ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
        const next = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = next;
      }
    }
  }
}
