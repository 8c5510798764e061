import type { TextStyleImplementation } from '../plugin-types.js';
import { cssColor } from '../text/css-color.js';
import { lineCenterY } from '../text/layout.js';

const PADDING = 0.45;

/**
 * News / vlog lower third: left-aligned text on a dark translucent plate with a coloured accent bar on
 * its outer edge. Its `align` param also tells the layout which side of the safe area the block sits on.
 */
export const style: TextStyleImplementation = {
  name: 'lower-third',
  weight: 700,
  sizeScale: 0.85,
  padding: PADDING,
  draw(context, block, x, y, params) {
    const pad = PADDING * block.fontSize;
    const bar = Math.max(2, 0.14 * block.fontSize);
    const right = params.align === 'right';
    context.fillStyle = cssColor('#000000', Number(params.plateOpacity));
    context.fillRect(x - pad, y - pad, block.width + 2 * pad, block.height + 2 * pad);
    context.fillStyle = cssColor(String(params.accent));
    context.fillRect(right ? x + block.width + pad - bar : x - pad, y - pad, bar, block.height + 2 * pad);
    context.fillStyle = block.color;
    context.textAlign = right ? 'right' : 'left';
    const inset = bar / 2;
    block.lines.forEach((line, i) => {
      context.fillText(line, right ? x + block.width - inset : x + inset, lineCenterY(block, y, i));
    });
  },
};
