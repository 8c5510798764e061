import { type Direction, directionOffset, mixRect, mixWipe, placedRect } from '../blend/index.js';
import type { TransitionContext, TransitionImplementation } from '../plugin-types.js';

/**
 * The twelve directional transitions as one table, after libavfilter's xfade: a move (slide, push, wipe)
 * times a direction (left, right, up, down). The direction is the way the picture travels; the next
 * photo enters from the opposite side.
 */
const DIRECTIONS: readonly Direction[] = ['left', 'right', 'up', 'down'];

const MOVES: Record<string, (direction: Direction) => TransitionImplementation['render']> = {
  /** The incoming photo slides in over the outgoing one, which stays still. */
  slide:
    (direction) =>
    ({ progress, width, height, layer, out }: TransitionContext) => {
      const placement = directionOffset(direction, progress - 1);
      const incoming = layer('b', placement);
      mixRect(out, layer('a'), incoming, placedRect(width, height, placement));
    },
  /** Both photos move together: the outgoing one is pushed out as the incoming one enters. */
  push:
    (direction) =>
    ({ progress, width, height, layer, out }: TransitionContext) => {
      const incomingPlacement = directionOffset(direction, progress - 1);
      const incoming = layer('b', incomingPlacement);
      const outgoing = layer('a', directionOffset(direction, progress));
      mixRect(out, outgoing, incoming, placedRect(width, height, incomingPlacement));
    },
  /** A soft edge travels across the picture, revealing the next photo; nothing moves. */
  wipe:
    (direction) =>
    ({ progress, params, width, height, layer, out }: TransitionContext) => {
      const across = direction === 'left' || direction === 'right' ? width : height;
      mixWipe(out, layer('a'), layer('b'), direction, progress, Number(params.softness) * across);
    },
};

export const directionalTransitions: readonly TransitionImplementation[] = Object.entries(MOVES).flatMap(
  ([move, render]) =>
    DIRECTIONS.map((direction) => ({ name: `${move}-${direction}`, render: render(direction) })),
);
