/**
 * A Chinese chat turn on the real service, read the way the studio reads it: every change line the
 * service sends (the turn's events, the kept transcript, an undo answer) shows in Chinese, said from the
 * shared catalogue, while API clients still get the English line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TRACKS } from '../../src/catalog/music.js';
import { apiHeaders } from '../../web/src/lib/api-core.js';
import { applyAdkEvent, assistantMessage, type ChatMessage, changeLineText } from '../../web/src/lib/chat.js';
import { initialState, reduce } from '../../web/src/lib/store.js';
import { type AdkEventView, Client, jpeg, replyText, serve } from '../server/helpers.js';

const CJK = /[\u3400-\u9fff]/;

/** Latin words left once typed texts, file names and units are taken out. */
function english(line: string): string[] {
  const stripped = line
    .replace(/“[^”]*”/g, '')
    .replace(/\b[\w-]+\.(jpg|wav)\b/g, '')
    .replace(/\b(fps|LUFS|BPM)\b/g, '');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

/** The events of a turn folded into the assistant message, as the studio's chat panel builds it. */
function studioMessage(events: AdkEventView[]): ChatMessage {
  return events.reduce(
    (message, event) => applyAdkEvent(message, event as Parameters<typeof applyAdkEvent>[1]),
    assistantMessage('a1'),
  );
}

const chineseLines = (message: ChatMessage) => message.edits.map((edit) => changeLineText(edit, 'zh'));

test('a Chinese chat turn: every change line the studio shows is Chinese; API clients keep the English', async () => {
  const server = await serve();
  try {
    const client = await new Client(server.url).login();
    const sid = await client.session();
    await client.upload(sid, [
      { name: 'a.jpg', data: await jpeg(1, 64, 48) },
      { name: 'b.jpg', data: await jpeg(2, 64, 48) },
      { name: 'c.jpg', data: await jpeg(3, 64, 48) },
    ]);
    const made = await client.chat(sid, '做成视频');
    assert.equal(made.status, 200);
    const turns = [
      '竖屏，转场用黑场过渡，每张照片2秒',
      '复古滤镜，第二张向右平移，加标题：我们的夏天',
      '来点钢琴曲，音乐小声一点',
      '旅行vlog风格',
    ];
    const shown: string[] = [];
    for (const text of turns) {
      const answer = await client.chat(sid, text);
      assert.equal(answer.status, 200);
      const responses = answer.events.flatMap((event) =>
        event.content.parts.flatMap((part) =>
          part.functionResponse ? [part.functionResponse.response] : [],
        ),
      );
      assert.ok(responses.length > 0, `${text}: edits were made (${replyText(answer)})`);
      for (const response of responses) {
        assert.equal(typeof response.change, 'string');
        const said = String(response.change).replace(/'[^']*'/g, '');
        assert.doesNotMatch(said, CJK, 'the `change` API clients read stays English (but for typed texts)');
        assert.match(String(response.change_key), /^change\./);
      }
      const lines = chineseLines(studioMessage(answer.events));
      assert.equal(lines.length, responses.length);
      shown.push(...lines);
    }
    const untranslated = shown.filter((line) => !CJK.test(line) || english(line).length > 0);
    assert.deepEqual(untranslated, [], 'lines with English left in them');
    assert.ok(
      shown.some((line) => line.includes('黑场过渡')),
      `effect names come from the catalogue: ${shown.join(' | ')}`,
    );
    const piano = TRACKS.find((track) => track.title === 'Quiet Piano')!;
    assert.ok(
      shown.some((line) => line.includes(`《${piano.titleZh}》`)),
      shown.join(' | '),
    );

    // A reload: the transcript keeps each line's phrase, and the studio says it in Chinese.
    const state = (await client.state(sid)).data.state as unknown as Record<string, unknown>;
    const reloaded = reduce(initialState(), { type: 'state', data: { state } });
    const kept = reloaded.chat.flatMap((message) => chineseLines(message));
    assert.ok(kept.length >= shown.length, `${kept.length} lines kept`);
    assert.deepEqual(
      kept.filter((line) => !CJK.test(line) || english(line).length > 0),
      [],
    );

    // An undo from the studio says what it undid, in Chinese too.
    const undo = await client.call('POST', `/api/studio/${sid}/undo`, {});
    assert.equal(undo.code, 0, undo.message);
    assert.match(String((undo.data.changes as string[])[0]), /^Undid: Style → Travel vlog/);
    const undone = reduce(reloaded, { type: 'edited', data: undo.data });
    const line = changeLineText(undone.chat.at(-1)!.edits[0]!, 'zh');
    assert.match(line, /^已撤销：套用“旅行 vlog”风格/);

    // A refused studio edit: English for API clients, Chinese for a page whose browser prefers it.
    const bad = { commands: [{ type: 'removeSegment', index: 8 }] };
    const plain = await client.call('POST', `/api/studio/${sid}/commands`, bad);
    assert.equal(plain.status, 400);
    assert.equal(plain.message, 'There is no segment 9; the timeline has 3.');
    const zh = await client.call('POST', `/api/studio/${sid}/commands`, bad, {
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
    });
    assert.equal(zh.message, '没有第9张，时间线上只有 3 张。');

    // The studio asks in its own language: a Chinese studio's call gets the refusal in Chinese.
    const own = await client.session();
    const studioCall = await fetch(`${server.url}/api/studio/${own}/commands`, {
      method: 'POST',
      headers: { ...apiHeaders(client.token!, 'zh'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ commands: [{ type: 'removeSegment', index: 0 }] }),
    });
    assert.equal(((await studioCall.json()) as { message: string }).message, '时间线上还没有照片。');

    // A refusal in a Chinese turn is said in Chinese from the catalogue, not left in English.
    const refused = await client.chat(sid, '删掉第9张');
    assert.match(replyText(refused), /没有第9张，时间线上只有 3 张/);
    assert.doesNotMatch(replyText(refused), /There is no/);
  } finally {
    await server.close();
  }
});
