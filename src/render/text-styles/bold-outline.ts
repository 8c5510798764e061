import type { TextStyleImplementation } from '../plugin-types.js';
import { cssColor } from '../text/css-color.js';
import { lineCenterY } from '../text/layout.js';

/** Heavy text with a thick dark outline: readable on busy, bright photos (meme / subtitle look). */
export const style: TextStyleImplementation = {
  name: 'bold-outline',
  weight: 700,
  sizeScale: 1.05,
  // Half the thickest outline, plus a little room.
  padding: 0.2,
  draw(context, block, x, y, params) {
    context.lineJoin = 'round';
    context.lineWidth = Number(params.thickness) * block.fontSize;
    context.strokeStyle = cssColor(String(params.outline), 0.92);
    context.fillStyle = block.color;
    block.lines.forEach((line, i) => {
      context.strokeText(line, x + block.width / 2, lineCenterY(block, y, i));
    });
    block.lines.forEach((line, i) => {
      context.fillText(line, x + block.width / 2, lineCenterY(block, y, i));
    });
  },
};
