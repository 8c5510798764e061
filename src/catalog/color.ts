import { z } from 'zod';

/** The one colour format drafts, commands and effect parameters accept: `#rrggbb`. */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const hexColorSchema = z.string().regex(HEX_COLOR, 'must be a colour like #ffcc00');
