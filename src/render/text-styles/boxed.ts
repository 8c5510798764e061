import type { TextStyleImplementation } from '../plugin-types.js';
import { cssColor } from '../text/css-color.js';
import { lineCenterY } from '../text/layout.js';

const PADDING = 0.45;

/** Text on a rounded, semi-opaque box: the caption look of short-video apps. */
export const style: TextStyleImplementation = {
  name: 'boxed',
  weight: 700,
  sizeScale: 0.95,
  padding: PADDING,
  draw(context, block, x, y, params) {
    const pad = PADDING * block.fontSize;
    const width = block.width + 2 * pad;
    const height = block.height + 2 * pad;
    context.fillStyle = cssColor(String(params.boxColor), Number(params.boxOpacity));
    context.beginPath();
    context.roundRect(
      x - pad,
      y - pad,
      width,
      height,
      Math.min(Number(params.radius) * block.fontSize, height / 2),
    );
    context.fill();
    context.fillStyle = block.color;
    block.lines.forEach((line, i) => {
      context.fillText(line, x + block.width / 2, lineCenterY(block, y, i));
    });
  },
};
