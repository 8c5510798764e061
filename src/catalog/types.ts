/**
 * What an effect is, apart from how it is drawn: its name, the words people use for it, its parameters
 * and its documentation. The draft schema, the director, the CLI, the docs and the studio read these;
 * `render/` registers one implementation per name.
 */
export type ParamSpec =
  | { type: 'number'; min: number; max: number; default: number; description: string; unit?: string }
  | { type: 'enum'; values: readonly string[]; default: string; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'color'; default: string; description: string };

export type ParamSpecs = Record<string, ParamSpec>;
export type ParamValues = Record<string, number | string | boolean>;

export type EffectKind = 'motion' | 'transition' | 'look' | 'fit' | 'text-style' | 'text-animation';

export interface EffectDescriptor {
  kind: EffectKind;
  /** kebab-case, the word a person types: `slide-left`, `zoom-in`. */
  name: string;
  /** What it does, for the docs and `joy effects` (English). Its name for people is in src/messages. */
  description: string;
  /** Other words people use for it (`fade` for `crossfade`); the director and CLI accept them. */
  aliases?: readonly string[];
  params: ParamSpecs;
}

export interface MotionDescriptor extends EffectDescriptor {
  kind: 'motion';
  /**
   * Asks for the people on a layer of their own (parallax). Where no trustworthy person shape exists
   * the photo moves as one, by the camera alone.
   */
  layered?: boolean;
}

export interface TransitionDescriptor extends EffectDescriptor {
  kind: 'transition';
}
export interface LookDescriptor extends EffectDescriptor {
  kind: 'look';
}
export interface FitDescriptor extends EffectDescriptor {
  kind: 'fit';
}
export interface TextStyleDescriptor extends EffectDescriptor {
  kind: 'text-style';
}
export interface TextAnimationDescriptor extends EffectDescriptor {
  kind: 'text-animation';
}

/** A descriptor as plain JSON, with its name for people in one language (`joy effects --json`, the API). */
export interface DescribedEffect extends EffectDescriptor {
  title: string;
}

/** A table entry: the kind comes from the table it sits in. */
export type Entry<D extends EffectDescriptor> = Omit<D, 'kind'>;

export const EASINGS = ['linear', 'ease-in', 'ease-out', 'ease-in-out'] as const;
export type EasingName = (typeof EASINGS)[number];
