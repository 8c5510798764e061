import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSse, type SseItem, SseParser } from '../../web/src/lib/sse.js';

const STREAM =
  ': heartbeat\n\n' +
  'data: {"id":"e1","partial":true,"content":{"parts":[{"text":"Hel"}]}}\n\n' +
  'data: {"id":"e2","content":{"parts":[{"text":"Hello — 你好 👋"}]}}\r\n\r\n' +
  'event: note\ndata: line one\ndata: line two\nid: 7\n\n' +
  ': heartbeat\r\n' +
  'data:no-space\r\r' +
  'retry: 1000\nunknown: x\ndata\n\n';

function parseInChunks(bytes: Uint8Array, cuts: number[]): SseItem[] {
  const parser = new SseParser();
  const out: SseItem[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...parser.feedBytes(bytes.subarray(from, cut)));
    from = cut;
  }
  out.push(...parser.end());
  return out;
}

const expected: SseItem[] = [
  { kind: 'comment', text: 'heartbeat' },
  {
    kind: 'event',
    event: 'message',
    data: '{"id":"e1","partial":true,"content":{"parts":[{"text":"Hel"}]}}',
    id: undefined,
  },
  {
    kind: 'event',
    event: 'message',
    data: '{"id":"e2","content":{"parts":[{"text":"Hello — 你好 👋"}]}}',
    id: undefined,
  },
  { kind: 'event', event: 'note', data: 'line one\nline two', id: '7' },
  { kind: 'comment', text: 'heartbeat' },
  { kind: 'event', event: 'message', data: 'no-space', id: '7' },
  { kind: 'event', event: 'message', data: '', id: '7' },
];

test('sse: whole stream at once', () => {
  assert.deepEqual(parseInChunks(new TextEncoder().encode(STREAM), []), expected);
});

test('sse: every split point, including inside CRLF and multi-byte characters', () => {
  const bytes = new TextEncoder().encode(STREAM);
  for (let cut = 1; cut < bytes.length; cut++) {
    assert.deepEqual(parseInChunks(bytes, [cut]), expected, `split at byte ${cut}`);
  }
});

test('sse: one byte at a time', () => {
  const bytes = new TextEncoder().encode(STREAM);
  assert.deepEqual(
    parseInChunks(
      bytes,
      Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
    ),
    expected,
  );
});

test('sse: random chunkings agree', () => {
  const bytes = new TextEncoder().encode(STREAM);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let run = 0; run < 200; run++) {
    const cuts = [
      ...new Set(
        Array.from(
          { length: 1 + Math.floor(random() * 12) },
          () => 1 + Math.floor(random() * (bytes.length - 1)),
        ),
      ),
    ].sort((a, b) => a - b);
    assert.deepEqual(parseInChunks(bytes, cuts), expected, `cuts ${cuts.join(',')}`);
  }
});

test('sse: an event without its closing blank line is dropped at the end; a lone CR ends a line', () => {
  const parser = new SseParser();
  assert.deepEqual(parser.feed('data: a\r'), []);
  assert.deepEqual(parser.feed('\rdata: b'), [{ kind: 'event', event: 'message', data: 'a', id: undefined }]);
  assert.deepEqual(parser.end(), []);
});

test('sse: readSse reads a ReadableStream to the end', async () => {
  const chunks = ['data: {"a":', '1}\n', '\n: heartbeat\n\ndata: x\n\n'];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  const items: SseItem[] = [];
  await readSse(body, (item) => items.push(item));
  assert.deepEqual(
    items.map((item) => (item.kind === 'event' ? item.data : `:${item.text}`)),
    ['{"a":1}', ':heartbeat', 'x'],
  );
});
