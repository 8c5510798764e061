import { useRef, useState } from 'preact/hooks';
import { dropIndex, type VideoBlock } from '../../lib/timeline-layout.js';

export interface Drag {
  from: number;
  startX: number;
  dx: number;
  to: number;
  moved: boolean;
}

/**
 * Dragging a photo along the track to reorder it (mouse anywhere on the photo; touch by its grip).
 * The drag lives in a ref (pointer events can outrun renders) and is mirrored in state for drawing.
 */
export function useReorderDrag(
  blocks: readonly VideoBlock[],
  busy: boolean,
  onMove: (from: number, to: number) => void,
) {
  const [drag, setDragState] = useState<Drag | undefined>();
  const ref = useRef<Drag | undefined>(undefined);
  const setDrag = (next: Drag | undefined) => {
    ref.current = next;
    setDragState(next);
  };
  const handlers = (block: VideoBlock) => ({
    onPointerDown: (event: PointerEvent) => {
      if (event.button !== 0 || busy) return;
      if (event.pointerType !== 'mouse' && !(event.target as Element).closest('.grip')) return;
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      setDrag({ from: block.index, startX: event.clientX, dx: 0, to: block.index, moved: false });
    },
    onPointerMove: (event: PointerEvent) => {
      const current = ref.current;
      if (!current || current.from !== block.index) return;
      const dx = event.clientX - current.startX;
      const moved = current.moved || Math.abs(dx) > 4;
      // Where the dragged photo's centre now is, in timeline coordinates.
      const x = block.boxX + block.boxWidth / 2 + dx;
      setDrag({ ...current, dx, moved, to: dropIndex(blocks, block.index, x) });
    },
    onPointerUp: () => {
      const current = ref.current;
      if (!current || current.from !== block.index) return;
      if (current.moved) onMove(current.from, current.to);
      // Let the click that follows see `moved`, then clear.
      setTimeout(() => setDrag(undefined), 0);
    },
    onPointerCancel: () => setDrag(undefined),
  });
  /** x of the gap the photo would drop into, while dragging. */
  const markerX = (): number | undefined => {
    if (!drag?.moved) return undefined;
    const others = blocks.filter((b) => b.index !== drag.from);
    const at = others[drag.to];
    const before = others[drag.to - 1];
    return at ? at.boxX : before ? before.boxX + before.boxWidth : 0;
  };
  return { drag, handlers, markerX, wasDragged: () => ref.current?.moved === true };
}
