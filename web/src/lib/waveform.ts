/**
 * Waveform peaks, computed in the browser from the uploaded audio (WebAudio `decodeAudioData` gives the
 * samples; this module only does the arithmetic, so it is tested in Node).
 */

/** Peak amplitude (0–1) of each of `buckets` equal slices of the samples, across channels. */
export function computePeaks(channels: readonly Float32Array[], buckets: number): Float32Array {
  const peaks = new Float32Array(Math.max(0, buckets));
  const length = channels[0]?.length ?? 0;
  if (length === 0 || buckets <= 0) return peaks;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * length) / buckets);
    const to = Math.max(from + 1, Math.floor(((b + 1) * length) / buckets));
    let peak = 0;
    for (const channel of channels) {
      for (let i = from; i < to && i < length; i++) {
        const value = Math.abs(channel[i]!);
        if (value > peak) peak = value;
      }
    }
    peaks[b] = Math.min(1, peak);
  }
  return peaks;
}

/**
 * The peaks a timeline segment shows: `lengthMs` of audio starting `trimStartMs` into a file of
 * `mediaDurationMs` whose peaks are `source`, looping when the file is shorter, resampled to `bars`.
 */
export function segmentPeaks(
  source: Float32Array,
  mediaDurationMs: number,
  trimStartMs: number,
  lengthMs: number,
  loop: boolean,
  bars: number,
): Float32Array {
  const out = new Float32Array(Math.max(0, bars));
  if (source.length === 0 || mediaDurationMs <= 0 || bars <= 0) return out;
  for (let b = 0; b < bars; b++) {
    const fromMs = trimStartMs + (b * lengthMs) / bars;
    const toMs = trimStartMs + ((b + 1) * lengthMs) / bars;
    let peak = 0;
    for (let ms = fromMs; ms < toMs; ms += Math.max(1, (toMs - fromMs) / 4)) {
      let at = ms;
      if (at >= mediaDurationMs) {
        if (!loop) break;
        at %= mediaDurationMs;
      }
      const index = Math.min(source.length - 1, Math.floor((at / mediaDurationMs) * source.length));
      peak = Math.max(peak, source[index]!);
    }
    out[b] = peak;
  }
  return out;
}
