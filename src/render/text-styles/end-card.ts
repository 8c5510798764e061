import type { TextStyleImplementation } from '../plugin-types.js';
import { cssColor } from '../text/css-color.js';
import { lineCenterY } from '../text/layout.js';

const PADDING = 0.5;

/** Large centred closing text with a deep shadow and a short accent rule under it. */
export const style: TextStyleImplementation = {
  name: 'end-card',
  weight: 700,
  sizeScale: 1.3,
  padding: PADDING,
  draw(context, block, x, y, params) {
    context.fillStyle = block.color;
    context.shadowColor = 'rgba(0,0,0,0.6)';
    context.shadowBlur = block.fontSize * 0.25;
    context.shadowOffsetY = block.fontSize * 0.05;
    block.lines.forEach((line, i) => {
      context.fillText(line, x + block.width / 2, lineCenterY(block, y, i));
    });
    const rule = Math.min(block.width, 2.5 * block.fontSize);
    context.fillStyle = cssColor(String(params.accent), 0.9);
    context.fillRect(
      x + (block.width - rule) / 2,
      y + block.height + 0.12 * block.fontSize,
      rule,
      Math.max(2, 0.06 * block.fontSize),
    );
  },
};
