import type { TextStyleImplementation } from '../plugin-types.js';
import { lineCenterY } from '../text/layout.js';

export const style: TextStyleImplementation = {
  name: 'clean',
  weight: 700,
  sizeScale: 1,
  // Room for the shadow's blur.
  padding: 0.35,
  draw(context, block, x, y) {
    context.fillStyle = block.color;
    context.shadowColor = 'rgba(0,0,0,0.55)';
    context.shadowBlur = block.fontSize * 0.2;
    context.shadowOffsetY = block.fontSize * 0.04;
    block.lines.forEach((line, i) => {
      context.fillText(line, x + block.width / 2, lineCenterY(block, y, i));
    });
  },
};
