import { useMemo } from 'preact/hooks';
import { beatTicks, ticksPath } from '../../lib/insights.js';
import type { AudioBlock } from '../../lib/timeline-layout.js';
import { BEAT_TICK_HEIGHT } from './geometry.js';

/** Thin marks where the beats of the music fall, drawn to scale along the bottom of its block. */
export function BeatMarks({
  beatsMs,
  block,
  trimStartMs,
  mediaDurationMs,
  loop,
  pxPerSecond,
}: {
  beatsMs: readonly number[];
  block: AudioBlock;
  trimStartMs: number;
  mediaDurationMs: number | undefined;
  loop: boolean;
  pxPerSecond: number;
}) {
  const width = Math.max(1, Math.round(block.width));
  const path = useMemo(() => {
    const { xs } = beatTicks({
      beatsMs,
      startMs: block.startMs,
      endMs: block.endMs,
      trimStartMs,
      mediaDurationMs,
      loop,
      pxPerSecond,
    });
    return ticksPath(xs, BEAT_TICK_HEIGHT);
  }, [beatsMs, block.startMs, block.endMs, trimStartMs, mediaDurationMs, loop, pxPerSecond]);
  if (!path) return null;
  return (
    <svg
      class="beats"
      width={width}
      height={BEAT_TICK_HEIGHT}
      viewBox={`0 0 ${width} ${BEAT_TICK_HEIGHT}`}
      aria-hidden="true"
      focusable="false"
      data-testid="beat-ticks"
    >
      <path d={path} />
    </svg>
  );
}
