import type { TextStylePlugin } from '../plugin-types.js';
import { cssColor } from '../text/css-color.js';
import { lineCenterY } from '../text/layout.js';

/** Heavy text with a thick dark outline: readable on busy, bright photos (meme / subtitle look). */
export const style: TextStylePlugin = {
  kind: 'text-style',
  name: 'bold-outline',
  title: 'Bold outline',
  description: 'Bold text with a thick dark outline that reads on any background.',
  aliases: ['outline', 'outlined', 'stroke', 'meme', 'subtitle'],
  params: {
    outline: { type: 'color', default: '#000000', description: 'Colour of the outline' },
    thickness: {
      type: 'number',
      min: 0.02,
      max: 0.3,
      default: 0.14,
      description: 'Outline width, in font sizes',
    },
  },
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
