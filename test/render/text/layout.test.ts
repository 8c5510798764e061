import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { safeAreaFor } from '../../../src/model/presets.js';
import { effects } from '../../../src/render/effects.js';
import {
  approximateMeasure,
  graphemes,
  layoutText,
  textLength,
  wrapText,
} from '../../../src/render/text/layout.js';

const clean = effects.textStyles.get('clean');
const LONG =
  'This is a rather long sentence about the summer we spent by the sea, and it must wrap onto several lines.';

function base(width: number, height: number, preset?: string) {
  return {
    canvasWidth: width,
    canvasHeight: height,
    safeArea: safeAreaFor(preset, width, height),
    position: 'center' as const,
    size: 1,
    style: clean,
  };
}

describe('wrapping', () => {
  test('a long sentence wraps within the safe width, words whole', () => {
    const layout = layoutText(LONG, base(1920, 1080));
    assert.ok(layout.lines.length >= 2);
    const maxWidth = layout.safe.right - layout.safe.left - 2 * layout.padding;
    for (const width of layout.lineWidths) assert.ok(width <= maxWidth + 1e-6);
    assert.equal(layout.lines.join(' '), LONG, 'breaks only at spaces');
  });

  test('Chinese breaks between characters and never starts a line with closing punctuation', () => {
    const text = '我们的夏天，在海边度过了最美好的时光。每天早上，我们都去看日出，晚上一起看星星。';
    const lines = wrapText(text, 300, (s) => approximateMeasure(s, 40, 700));
    assert.ok(lines.length > 1);
    assert.equal(lines.join(''), text);
    for (const line of lines) {
      assert.ok(!/^[，。、！？：；]/.test(line), `line starts with punctuation: ${line}`);
      assert.ok(approximateMeasure(line, 40, 700) <= 300 + 40 * 1.05, 'at most one glued mark over');
    }
  });

  test('mixed Latin and CJK keep their spacing', () => {
    assert.deepEqual(
      wrapText('Hello 世界 and 你好', 10_000, (s) => s.length),
      ['Hello 世界 and 你好'],
    );
    assert.deepEqual(
      wrapText('加标题：我们的夏天', 10_000, (s) => s.length),
      ['加标题：我们的夏天'],
    );
  });

  test('an overlong word breaks between characters and never runs off the frame', () => {
    const word = 'Supercalifragilisticexpialidocious'.repeat(4);
    const layout = layoutText(word, base(360, 640));
    assert.ok(layout.lines.length > 1);
    assert.equal(layout.lines.join(''), word);
    assert.ok(
      layout.box.x >= layout.safe.left - 1e-6 && layout.box.x + layout.box.width <= layout.safe.right + 1e-6,
    );
  });

  test('explicit line breaks are kept; emoji stay whole', () => {
    assert.deepEqual(
      wrapText('one\ntwo', 10_000, (s) => s.length),
      ['one', 'two'],
    );
    assert.deepEqual(graphemes('👨‍👩‍👧🇨🇳'), ['👨‍👩‍👧', '🇨🇳']);
    assert.equal(textLength('a b 👨‍👩‍👧'), 3);
  });
});

describe('size and placement', () => {
  test('font size follows the canvas short side and the segment size', () => {
    const small = layoutText('Hi', base(1280, 720));
    const large = layoutText('Hi', base(1920, 1080));
    assert.ok(Math.abs(large.fontSize / small.fontSize - 1.5) < 1e-9);
    const double = layoutText('Hi', { ...base(1920, 1080), size: 2 });
    assert.ok(Math.abs(double.fontSize / large.fontSize - 2) < 1e-9);
    const title = layoutText('Hi', { ...base(1920, 1080), role: 'title' });
    assert.ok(title.fontSize > large.fontSize);
  });

  test('text that cannot fit shrinks until the block fits the safe area', () => {
    const text = `${LONG} ${LONG} ${LONG} ${LONG} ${LONG} ${LONG}`;
    const layout = layoutText(text, { ...base(320, 180), size: 3 });
    assert.ok(layout.shrunk);
    assert.ok(layout.box.height <= layout.safe.bottom - layout.safe.top + 1e-6);
  });

  test('every position keeps the block inside the 9:16 TikTok safe area', () => {
    for (const position of ['top', 'center', 'bottom', 'lower-third'] as const) {
      for (const style of effects.textStyles.list()) {
        const layout = layoutText(LONG, { ...base(1080, 1920, 'tiktok'), position, style });
        const { box, safe } = layout;
        assert.ok(
          box.x >= safe.left - 1e-6 && box.x + box.width <= safe.right + 1e-6,
          `${position}/${style.name} x`,
        );
        assert.ok(
          box.y >= safe.top - 1e-6 && box.y + box.height <= safe.bottom + 1e-6,
          `${position}/${style.name} y`,
        );
      }
    }
  });

  test('positions order top < center < lower-third < bottom; align params place the block', () => {
    const at = (position: 'top' | 'center' | 'bottom' | 'lower-third') =>
      layoutText('Hello', { ...base(1080, 1920, 'tiktok'), position }).box.y;
    assert.ok(
      at('top') < at('center') && at('center') < at('lower-third') && at('lower-third') < at('bottom'),
    );
    const lowerThird = effects.textStyles.get('lower-third');
    const left = layoutText('Anna', { ...base(1920, 1080), style: lowerThird, params: { align: 'left' } });
    assert.equal(left.align, 'left');
    assert.ok(Math.abs(left.box.x - left.safe.left) < 1e-9);
    const right = layoutText('Anna', { ...base(1920, 1080), style: lowerThird, params: { align: 'right' } });
    assert.ok(Math.abs(right.box.x + right.box.width - right.safe.right) < 1e-9);
  });
});
