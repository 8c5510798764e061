import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTranscript } from '../../web/src/lib/api-core.js';
import {
  type AdkEvent,
  type AdkPart,
  applyAdkEvent,
  assistantMessage,
  editLines,
  exportStarted,
  finishMessage,
  fromTranscript,
  parseAdkEvent,
  visibleText,
} from '../../web/src/lib/chat.js';

const ev = (parts: AdkPart[], partial = false): AdkEvent => ({
  author: 'nemo_agent',
  partial,
  content: { role: 'model', parts },
});

test('chat: partial text streams, the final event replaces the streamed text', () => {
  let message = assistantMessage('r');
  message = applyAdkEvent(message, ev([{ text: 'Making ' }], true));
  message = applyAdkEvent(message, ev([{ text: 'it 9:16' }], true));
  assert.equal(visibleText(message), 'Making it 9:16');
  message = applyAdkEvent(message, ev([{ text: 'Making it 9:16.' }]));
  assert.equal(message.streaming, '');
  assert.equal(visibleText(message), 'Making it 9:16.');
  message = applyAdkEvent(message, ev([{ text: 'Added a title.' }]));
  assert.equal(visibleText(message), 'Making it 9:16.\n\nAdded a title.');
});

test('chat: every edit response becomes a readable line; calls are "working" until answered', () => {
  let message = assistantMessage('r');
  message = applyAdkEvent(
    message,
    ev([
      { functionCall: { id: 'c1', name: 'setAspect', args: { aspect: '9:16' } } },
      { functionCall: { id: 'c2', name: 'addText', args: { text: 'Road Trip' } } },
    ]),
  );
  assert.deepEqual(message.working, ['c1', 'c2']);
  message = applyAdkEvent(
    message,
    ev([
      { functionResponse: { id: 'c1', name: 'setAspect', response: { change: 'Aspect → 9:16' } } },
      { functionResponse: { id: 'c2', name: 'addText', response: { changes: ["Title 'Road Trip' 0–3 s"] } } },
    ]),
  );
  assert.deepEqual(message.working, []);
  assert.deepEqual(
    message.edits.map((e) => [e.tool, e.text, e.ok]),
    [
      ['setAspect', 'Aspect → 9:16', true],
      ['addText', "Title 'Road Trip' 0–3 s", true],
    ],
  );
  message = finishMessage(message);
  assert.equal(message.pending, false);
});

test('chat: edit lines from the shapes a response may take', () => {
  assert.deepEqual(editLines('Aspect → 9:16'), [{ text: 'Aspect → 9:16', ok: true }]);
  assert.deepEqual(editLines({ summary: 'Music 35%' }), [{ text: 'Music 35%', ok: true }]);
  assert.deepEqual(editLines({ error: 'There is no segment 9.' }), [
    { text: 'There is no segment 9.', ok: false },
  ]);
  assert.deepEqual(editLines({ error: { message: 'Bad value.' } }), [{ text: 'Bad value.', ok: false }]);
  assert.deepEqual(editLines({ changes: ['a', '', 'b'] }), [
    { text: 'a', ok: true },
    { text: 'b', ok: true },
  ]);
  assert.deepEqual(editLines({ draft: {} }), []);
  // "Already so, nothing changed": the command is told, but it made no change to show.
  assert.deepEqual(
    editLines({ status: 'ok', change: 'Aspect → 9:16 (1080×1920)', change_key: 'x', changed: false }),
    [],
  );
  assert.deepEqual(editLines(null), []);
});

test('chat: streamed text without a final event is kept when the turn ends; errors are kept', () => {
  let message = applyAdkEvent(assistantMessage('r'), ev([{ text: 'Half a reply' }], true));
  message = applyAdkEvent(message, { errorMessage: 'The model stopped.' });
  message = finishMessage(message);
  assert.equal(message.text, 'Half a reply');
  assert.equal(message.error, 'The model stopped.');
});

test('chat: thoughts are not shown; bad JSON is ignored', () => {
  const message = applyAdkEvent(
    assistantMessage('r'),
    ev([{ text: 'thinking…', thought: true }, { text: 'Done.' }]),
  );
  assert.equal(message.text, 'Done.');
  assert.equal(parseAdkEvent('not json'), undefined);
  assert.equal(parseAdkEvent('[1,2]'), undefined);
  assert.equal(parseAdkEvent('{"id":"e"}')?.id, 'e');
});

test('transcript: server entries become chat messages in order, change lines and errors kept', () => {
  const entries = readTranscript([
    { id: 't1', role: 'user', text: 'make it 9:16' },
    {
      id: 't2',
      role: 'assistant',
      text: 'Done.',
      changes: [{ text: 'Aspect → 9:16', ok: true }, 'Title “Trip”', { text: 'no such effect', ok: false }],
    },
    { id: 't3', role: 'edit', changes: ['Music volume → 50%'] },
    { id: 't4', role: 'assistant', text: '', pending: true },
    { id: 't5', role: 'robot', text: 'ignored' },
    { role: 'user', text: 'no id' },
  ])!;
  const messages = entries.map(fromTranscript);
  assert.deepEqual(
    messages.map((m) => [m.id, m.role, m.pending]),
    [
      ['t1', 'user', false],
      ['t2', 'assistant', false],
      ['t3', 'edit', false],
      ['t4', 'assistant', true],
    ],
  );
  assert.deepEqual(
    messages[1]!.edits.map((e) => [e.text, e.ok]),
    [
      ['Aspect → 9:16', true],
      ['Title “Trip”', true],
      ['no such effect', false],
    ],
  );
  assert.equal(readTranscript('nope'), undefined);
});

test('chat: an export started from the chat is recognised by its render id', () => {
  assert.equal(
    exportStarted(
      ev([
        {
          functionResponse: {
            id: 'x',
            name: 'export_video',
            response: { render_id: 'render_1', status: 'queued' },
          },
        },
      ]),
    ),
    'render_1',
  );
  assert.equal(
    exportStarted(
      ev([{ functionResponse: { id: 'x', name: 'setAspect', response: { change: 'Aspect → 9:16' } } }]),
    ),
    undefined,
  );
  assert.equal(exportStarted(ev([{ text: 'hello' }])), undefined);
});
