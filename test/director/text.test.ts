import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { correctWord } from '../../src/director/fuzzy.js';
import { editDistance } from '../../src/director/index.js';
import { prepare, splitMessage } from '../../src/director/plan.js';
import { chineseNumber, extractQuotes } from '../../src/director/text.js';
import { context } from './fixtures.js';

describe('director text handling', () => {
  test('Damerau–Levenshtein distance counts a swap as one edit', () => {
    assert.equal(editDistance('transition', 'trasition'), 1);
    assert.equal(editDistance('sqaure', 'square'), 1);
    assert.equal(editDistance('verticle', 'vertical'), 2);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('kitten', 'sitting', 1), 2, 'gives up past the limit');
  });

  test('misspelt keywords are corrected, ordinary words are not', () => {
    const fixes: [string, string][] = [
      ['trasition', 'transition'],
      ['transtions', 'transitions'],
      ['verticle', 'vertical'],
      ['horizantal', 'horizontal'],
      ['musci', 'music'],
      ['titel', 'title'],
      ['revers', 'reverse'],
      ['blak', 'black'],
    ];
    for (const [typed, meant] of fixes) assert.equal(correctWord(typed), meant, typed);
    for (const word of ['summer', 'beach', 'hello', 'family', 'wedding', 'slow', 'fast', 'yellow'])
      assert.equal(correctWord(word), word);
  });

  test('quotes are lifted out whole; apostrophes stay words', () => {
    const { quotes, text } = extractQuotes(`add a title 'Mom's birthday, 2024' and “第一天” but don't split`);
    assert.deepEqual(quotes, ["Mom's birthday, 2024", '第一天']);
    assert.match(text, /don't split/);
    assert.deepEqual(extractQuotes('title 「我们的夏天」 and 《旅行》').quotes, ['我们的夏天', '旅行']);
    assert.deepEqual(extractQuotes("it's '' empty").quotes, []);
    assert.deepEqual(extractQuotes(`caption 'she said “hi” to me' now`).quotes, ['she said “hi” to me']);
  });

  test('numbers in words and Chinese numerals become digits', () => {
    assert.equal(chineseNumber('二十五'), 25);
    assert.equal(chineseNumber('十'), 10);
    assert.equal(chineseNumber('一百零五'), 105);
    assert.equal(chineseNumber('两'), 2);
    assert.equal(prepare('视频时长改成二十秒，第三张放大').norm.text, '视频时长改成20秒,第3张放大');
    assert.equal(prepare('音量百分之三十五').norm.text, '音量35%');
    assert.equal(
      prepare('make it twenty five seconds, photo three first').norm.text,
      'make it 25 seconds, photo 3 first',
    );
    assert.equal(prepare('half a minute').norm.text, '30 seconds');
    assert.equal(prepare('keep this one').norm.text, 'keep this one');
  });

  test('messages split into instructions without breaking any', () => {
    const pieces = (message: string) => {
      const prep = prepare(message);
      return splitMessage(prep, context('three')).map(({ piece }) =>
        prep.norm.text.slice(piece.start, piece.end).trim(),
      );
    };
    assert.deepEqual(pieces("make it 9:16, 20 seconds, slide transitions and a title 'Road Trip'").length, 4);
    assert.deepEqual(pieces('swap photo 1 and 3'), ['swap photo 1 and 3']);
    assert.deepEqual(pieces('make it black and white'), ['make it black and white']);
    assert.deepEqual(pieces('add a title Rock and Roll'), ['add a title rock and roll']);
    assert.deepEqual(pieces('zoom in on the first photo and pan left on the second'), [
      'zoom in on the first photo',
      'pan left on the second',
    ]);
    // The words after a text's colon are taken as quoted: one placeholder in the piece.
    assert.deepEqual(pieces('竖屏，然后加标题：旅行'), ['竖屏', '加标题: \uE000']);
    assert.deepEqual(pieces('make it square, thanks'), ['make it square']);
  });
});
