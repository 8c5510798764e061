import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { direct } from '../../src/director/index.js';
import { DraftHistory, draftView } from '../../src/model/index.js';
import { context, makeDraft, run } from './fixtures.js';

/** Every route, and that the answering routes never change the draft. */
describe('director routes', () => {
  const answers: [string, string, RegExp][] = [
    ['export', 'export', /MP4/],
    ['download the video', 'export', /MP4/],
    ['send me the video', 'export', /MP4/],
    ['导出', 'export', /导出/],
    ['下载视频', 'export', /导出/],
    ['credits', 'credits', /credit/],
    ['how many credits do I have?', 'credits', /credit/],
    ['balance', 'credits', /credit/],
    ['积分', 'credits', /积分/],
    ['余额还有多少', 'credits', /积分/],
    ['status', 'status', /Timeline \(/],
    ['show tracks', 'status', /Video: 3 photos/],
    ["what's in my video?", 'status', /Timeline/],
    ['状态', 'status', /时间线/],
    ['help', 'help', /I can change/],
    ['what can you do?', 'help', /I can change/],
    ['你能做什么', 'help', /我可以/],
    ['undo', 'undo', /nothing to undo/],
    ['撤销', 'undo', /撤销/],
    ['redo', 'redo', /nothing to redo/],
    ['重做', 'redo', /重做/],
  ];
  for (const [message, route, reply] of answers) {
    test(`"${message}" → ${route}, draft unchanged`, async () => {
      const ctx = context('three');
      const before = structuredClone(ctx.draft);
      const result = await direct(message, ctx);
      assert.equal(result.route, route);
      assert.match(result.reply, reply);
      assert.deepEqual(result.commands, []);
      assert.deepEqual(result.draft, before);
    });
  }

  test('edit, create and unsupported', async () => {
    assert.equal((await run('make it 9:16')).route, 'edit');
    assert.equal((await run('make a video', 'empty')).route, 'create');
    const odd = await run('paint it like Van Gogh with dancing robots');
    assert.equal(odd.route, 'unsupported');
    assert.match(odd.reply, /I can change/);
  });

  test('export of an empty timeline says what to do first', async () => {
    const result = await run('export', 'empty');
    assert.equal(result.route, 'unsupported');
    assert.match(result.reply, /empty/);
  });

  test('credits answer with numbers when the service supplies them', async () => {
    const result = await run('积分余额', 'three', {
      credits: () => ({ available: 88, frozen: 2, total: 90 }),
    });
    assert.equal(result.route, 'credits');
    assert.match(result.reply, /88/);
    const en = await run('credits', 'three', { credits: async () => ({ available: 100 }) });
    assert.match(en.reply, /100 credits/);
  });

  test('the CLI surface explains undo and export', async () => {
    const undo = await run('undo', 'three', { surface: 'cli' });
    assert.equal(undo.route, 'undo');
    assert.match(undo.reply, /only available in a chat session/);
    const exported = await run('export', 'three', { surface: 'cli' });
    assert.match(exported.reply, /joy render/);
  });

  test('every applied message makes a version; undo and redo walk the history', async () => {
    const history = new DraftHistory(makeDraft('three'));
    const ctx = () => ({ draft: history.current, media: context('three').media, history });
    const first = await direct('make it 9:16', ctx());
    assert.equal(history.version, 2);
    assert.equal(draftView(first.draft).aspect, '9:16');
    await direct("add a title 'Road Trip'", ctx());
    assert.equal(history.version, 3);
    const nothing = await direct('add a unicorn', ctx());
    assert.equal(nothing.route, 'unsupported');
    assert.equal(history.version, 3, 'a message that changes nothing makes no version');

    const undone = await direct('undo', ctx());
    assert.equal(undone.route, 'undo');
    assert.equal(history.version, 2);
    assert.deepEqual(undone.draft, first.draft);
    assert.equal(draftView(undone.draft).texts.length, 0);
    const again = await direct('撤销', ctx());
    assert.equal(again.lang, 'zh');
    assert.equal(draftView(again.draft).aspect, '16:9');
    const none = await direct('undo', ctx());
    assert.match(none.reply, /nothing to undo/);

    const redone = await direct('redo', ctx());
    assert.equal(redone.route, 'redo');
    assert.equal(draftView(redone.draft).aspect, '9:16');
    await direct('重做', ctx());
    assert.equal(draftView(history.current).texts[0]?.text, 'Road Trip');
    assert.match((await direct('redo', ctx())).reply, /nothing to redo/);

    // A new edit after an undo drops the redo branch.
    await direct('undo', ctx());
    await direct('square', ctx());
    assert.equal(history.canRedo(), false);
    assert.equal(draftView(history.current).aspect, '1:1');
  });

  test('"undo that and make it square" steps back, then edits', async () => {
    const history = new DraftHistory(makeDraft('three'));
    const media = context('three').media;
    await direct('black and white', { draft: history.current, media, history });
    const result = await direct('undo that and make it square', { draft: history.current, media, history });
    const view = draftView(result.draft);
    assert.equal(view.look, 'none');
    assert.equal(view.aspect, '1:1');
    assert.equal(history.version, 2);
  });

  test('a failing command leaves the draft unchanged and says why (all or nothing)', async () => {
    const ctx = context('three');
    const before = structuredClone(ctx.draft);
    const result = await direct('make it 9:16 and remove photo 7', ctx);
    assert.equal(result.route, 'unsupported');
    assert.match(result.reply, /no segment 7/);
    assert.match(result.reply, /Nothing was changed/);
    assert.deepEqual(result.draft, before);
    assert.deepEqual(result.commands, []);
    const zh = await direct('删除第七张', context('three'));
    assert.match(zh.reply, /没有第7张/);
  });
});
