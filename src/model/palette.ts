/**
 * The text colours Joy names: what a person may call them (English and Chinese, the first of each is
 * the name replies use) and the colour each stands for. The director reads these words; replies name a
 * text's colour with them, and any other colour by its hex code.
 */
export interface NamedColour {
  hex: string;
  en: readonly string[];
  zh: readonly string[];
}

export const PALETTE: readonly NamedColour[] = [
  { hex: '#ffffff', en: ['white'], zh: ['白色'] },
  { hex: '#000000', en: ['black'], zh: ['黑色'] },
  { hex: '#e53935', en: ['red'], zh: ['红色'] },
  { hex: '#ffd600', en: ['yellow'], zh: ['黄色'] },
  { hex: '#ffc107', en: ['gold', 'golden'], zh: ['金色'] },
  { hex: '#fb8c00', en: ['orange'], zh: ['橙色'] },
  { hex: '#f06292', en: ['pink'], zh: ['粉色', '粉红色'] },
  { hex: '#8e24aa', en: ['purple', 'violet'], zh: ['紫色'] },
  { hex: '#1e88e5', en: ['blue'], zh: ['蓝色'] },
  { hex: '#1a237e', en: ['navy'], zh: ['藏青色'] },
  { hex: '#43a047', en: ['green'], zh: ['绿色'] },
  { hex: '#00897b', en: ['teal'], zh: ['青绿色'] },
  { hex: '#00bcd4', en: ['cyan'], zh: ['青色'] },
  { hex: '#9e9e9e', en: ['grey', 'gray'], zh: ['灰色'] },
  { hex: '#795548', en: ['brown'], zh: ['棕色'] },
];

/**
 * The one-character names of the palette's colours (红 of 红色, 黄 of 黄色 …), as a character class: people
 * say "红的", "改回白色", "黄色在沙滩上看不清" with them.
 */
export const ZH_COLOUR_CHARS = `[${[
  ...new Set(
    PALETTE.flatMap((colour) => colour.zh)
      .filter((word) => word.length === 2 && word.endsWith('色'))
      .map((word) => word[0]!),
  ),
].join('')}]`;

/** A colour as replies say it: its name in both languages, or its hex code. */
export function colourName(hex: string): string | { en: string; zh: string } {
  const named = PALETTE.find((colour) => colour.hex === hex.toLowerCase());
  return named ? { en: named.en[0]!, zh: named.zh[0]! } : hex;
}
