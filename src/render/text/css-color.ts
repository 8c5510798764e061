import { parseHexColor } from '../frame.js';

/** `rgba(…)` string for a #rrggbb colour at an opacity, for text styles' fills and strokes. */
export function cssColor(hex: string, alpha = 1): string {
  const [r, g, b] = parseHexColor(hex);
  const a = Math.min(1, Math.max(0, alpha));
  return `rgba(${r},${g},${b},${Number(a.toFixed(3))})`;
}
