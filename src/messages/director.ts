import type { Texts } from './types.js';

/** The director's replies: what it did, what it could not do, and why. */
export const en = {} as const;

export const zh: Texts<keyof typeof en> = {};
