import { useEffect, useRef } from 'preact/hooks';
import type { Waveform } from '../../lib/store.js';
import type { AudioBlock } from '../../lib/timeline-layout.js';
import { segmentPeaks } from '../../lib/waveform.js';
import { WAVE_HEIGHT } from './geometry.js';

/** The music's peaks drawn as bars, scaled by its volume (a flat placeholder until they are known). */
export function WaveformCanvas({
  block,
  waveform,
  trimStartMs,
  loop,
}: {
  block: AudioBlock;
  waveform: Waveform | undefined;
  trimStartMs: number;
  loop: boolean;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const width = Math.max(1, Math.round(block.width));
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(WAVE_HEIGHT * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(ratio, ratio);
    context.clearRect(0, 0, width, WAVE_HEIGHT);
    context.fillStyle = getComputedStyle(canvas).color || '#4f46e5';
    const bars = Math.max(1, Math.floor(width / 3));
    const peaks = waveform
      ? segmentPeaks(
          waveform.peaks,
          waveform.durationMs,
          trimStartMs,
          block.endMs - block.startMs,
          loop,
          bars,
        )
      : new Float32Array(bars).fill(0.08);
    for (let b = 0; b < bars; b++) {
      const h = Math.max(2, peaks[b]! * (WAVE_HEIGHT - 4) * Math.min(1, 0.35 + block.volume * 0.65));
      context.beginPath();
      context.roundRect(b * 3, (WAVE_HEIGHT - h) / 2, 2, h, 1);
      context.fill();
    }
  }, [width, waveform, block.startMs, block.endMs, block.volume, trimStartMs, loop]);
  return <canvas ref={ref} class="waveform" style={{ width: `${width}px`, height: `${WAVE_HEIGHT}px` }} />;
}
