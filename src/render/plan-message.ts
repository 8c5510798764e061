import type { ParamValues } from '../catalog/index.js';
import type { FramePlan } from './compositor.js';
import { effects } from './effects.js';
import type { Plate } from './plate.js';

/**
 * A frame plan as a message for a compositing thread. Pixel planes travel as they are: typed arrays
 * on SharedArrayBuffers are shared, not copied, by structured clone. Plug-ins (objects with functions)
 * travel by name and are looked up in the registry on the other side.
 */
export interface PlanMessage extends Omit<FramePlan, 'transition' | 'look'> {
  transition: (Omit<NonNullable<FramePlan['transition']>, 'plugin'> & { name: string }) | undefined;
  look: { name: string; strength: number; params: ParamValues } | undefined;
}

function isShared(plane: Uint8Array): boolean {
  return typeof SharedArrayBuffer === 'function' && plane.buffer instanceof SharedArrayBuffer;
}

/** Only planes in shared memory can reach another thread without a copy. */
export function canTravel(plan: FramePlan): boolean {
  const plates = [plan.main?.plate, plan.transition?.a.plate, plan.transition?.b.plate].filter(
    Boolean,
  ) as Plate[];
  return (
    plates.every(
      (plate) =>
        isShared(plate.y) && (!plate.subject || (isShared(plate.subject.y) && isShared(plate.subject.alpha))),
    ) && plan.overlays.every((overlay) => isShared(overlay.image.y))
  );
}

export function toMessage(plan: FramePlan): PlanMessage {
  const { transition, look, ...rest } = plan;
  return {
    ...rest,
    transition: transition && (({ plugin, ...data }) => ({ ...data, name: plugin.name }))(transition),
    look: look && { name: look.plugin.name, strength: look.strength, params: look.params },
  };
}

export function fromMessage(message: PlanMessage): FramePlan {
  const { transition, look, ...rest } = message;
  return {
    ...rest,
    transition:
      transition &&
      (({ name, ...data }) => ({ ...data, plugin: effects.transitions.resolve(name) }))(transition),
    look: look && { plugin: effects.looks.resolve(look.name), strength: look.strength, params: look.params },
  };
}
