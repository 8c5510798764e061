import type { Texts } from './types.js';

/** One line per applied edit command ("Music volume → 50%"), as the CLI, chat and studio show it. */
export const en = {} as const;

export const zh: Texts<keyof typeof en> = {};
