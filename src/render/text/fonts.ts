import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Fonts come from npm packages, never from the system, so every machine renders the same glyphs.
 * Noto Sans SC (from @fontsource/noto-sans-sc) covers Latin, Cyrillic, Vietnamese and Simplified
 * Chinese; its ~100 unicode-range chunks per weight are all registered under one family name, and the
 * text engine picks the chunk that has each glyph. Emoji come in colour from Noto Color Emoji, second in
 * the stack. Registration happens once per process, on first use.
 */
export const FONT_FAMILY = 'Joy Sans';
/** Noto Color Emoji (from @fontsource/noto-color-emoji), for the emoji Noto Sans SC lacks. */
export const EMOJI_FAMILY = 'Joy Emoji';
/** The CSS font-family value to use in `context.font`: letters first, emoji in colour after. */
export const FONT_STACK = `"${FONT_FAMILY}", "${EMOJI_FAMILY}"`;
export const FONT_WEIGHTS = [400, 700] as const;

export type CanvasModule = typeof import('@napi-rs/canvas');

let loading: Promise<CanvasModule> | undefined;

/** The font files (woff2, weights 400 and 700) shipped in @fontsource/noto-sans-sc. */
export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = join(dirname(require.resolve('@fontsource/noto-sans-sc/400.css')), 'files');
  } catch {
    throw new Error('Text needs the @fontsource/noto-sans-sc package; run `npm install` in the Joy folder.');
  }
  const weights = FONT_WEIGHTS.join('|');
  const pattern = new RegExp(`^noto-sans-sc-.+-(${weights})-normal\\.woff2$`);
  const files = readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) throw new Error(`No Noto Sans SC font files found in ${dir}`);
  return files;
}

/** The colour emoji font files (woff2) shipped in @fontsource/noto-color-emoji. */
export function emojiFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = join(dirname(require.resolve('@fontsource/noto-color-emoji/400.css')), 'files');
  } catch {
    throw new Error(
      'Text needs the @fontsource/noto-color-emoji package; run `npm install` in the Joy folder.',
    );
  }
  const files = readdirSync(dir)
    .filter((name) => /^noto-color-emoji-.+-400-normal\.woff2$/.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) throw new Error(`No Noto Color Emoji font files found in ${dir}`);
  return files;
}

/**
 * Loads @napi-rs/canvas (native code, so only when text is actually drawn) and registers the fonts;
 * later calls return the same promise.
 */
export function loadCanvas(): Promise<CanvasModule> {
  loading ??= (async () => {
    const canvas = await import('@napi-rs/canvas');
    for (const file of fontFiles()) {
      if (!canvas.GlobalFonts.registerFromPath(file, FONT_FAMILY))
        throw new Error(`Could not load font ${file}`);
    }
    for (const file of emojiFontFiles()) {
      if (!canvas.GlobalFonts.registerFromPath(file, EMOJI_FAMILY))
        throw new Error(`Could not load font ${file}`);
    }
    return canvas;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** `context.font` value for a weight and pixel size. */
export function fontString(weight: number, fontSize: number): string {
  return `${weight} ${fontSize.toFixed(2)}px ${FONT_STACK}`;
}
