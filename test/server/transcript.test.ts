import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TurnRecorder } from '../../src/server/chat/transcript-recorder.js';
import { openDatabase } from '../../src/server/db.js';
import { SessionEvents } from '../../src/server/session-events.js';
import { Transcript, transcriptView } from '../../src/server/transcript.js';
import { tempDir } from '../helpers/media.js';

function setup() {
  const db = openDatabase(tempDir('joy-transcript-'));
  db.prepare("INSERT INTO accounts (id, bind_id, available, created_at) VALUES ('a', 'b', 100, 0)").run();
  for (const id of ['s1', 's2'])
    db.prepare(
      "INSERT INTO sessions (id, task_id, account_id, created_at, updated_at) VALUES (?, ?, 'a', 0, 0)",
    ).run(id, `task-${id}`);
  return { db, transcript: new Transcript(db), events: new SessionEvents() };
}

test('transcript: a chat turn is written in order, its reply completed from the events it streams', () => {
  const { transcript, events } = setup();
  const heard: string[] = [];
  const stop = events.subscribe('s1', (event) => heard.push(event.what));
  const turn = new TurnRecorder(transcript, events, 's1', 'make it 9:16');
  // A second tab lists the message and a pending reply while the turn runs.
  assert.deepEqual(
    transcript.list('s1').map((entry) => [entry.role, entry.text, entry.pending]),
    [
      ['user', 'make it 9:16', false],
      ['assistant', '', true],
    ],
  );
  transcript.add('s1', {
    role: 'edit',
    changes: [{ text: 'Music volume → 50%', ok: true }],
    historyVersion: 2,
  });
  turn.observe({ content: { parts: [{ functionCall: { id: 'c', name: 'setAspect', args: {} } }] } });
  turn.observe({
    content: {
      parts: [
        {
          functionResponse: {
            id: 'c',
            name: 'setAspect',
            response: { status: 'ok', change: 'Aspect → 9:16 (1080×1920)' },
          },
        },
      ],
    },
  });
  turn.observe({ partial: true, content: { parts: [{ text: 'Rendering… 40%' }] } });
  turn.observe({ content: { parts: [{ text: 'Done: the video is 9:16.' }] } });
  turn.finish({ historyVersion: 3 });
  const entries = transcript.list('s1');
  assert.deepEqual(
    entries.map((entry) => [entry.role, entry.text, entry.pending]),
    [
      ['user', 'make it 9:16', false],
      ['assistant', 'Done: the video is 9:16.', false],
      ['edit', '', false],
    ],
  );
  assert.deepEqual(entries[1]!.changes, [{ text: 'Aspect → 9:16 (1080×1920)', ok: true }]);
  assert.deepEqual(heard, ['transcript', 'transcript']);
  // Undo from history version 3 finds what made it.
  assert.deepEqual(transcript.changesFor('s1', 3), [{ text: 'Aspect → 9:16 (1080×1920)', ok: true }]);
  assert.deepEqual(transcript.changesFor('s1', 2), [{ text: 'Music volume → 50%', ok: true }]);
  assert.deepEqual(transcript.changesFor('s2', 3), []);
  assert.equal(transcriptView(entries[1]!).pending, undefined);
  stop();
  assert.equal(events.watchers('s1'), 0);
});

test('transcript: a turn cut short keeps why; replies left pending by a stop are closed on start', () => {
  const { db, transcript, events } = setup();
  const turn = new TurnRecorder(transcript, events, 's2', 'add a title');
  turn.finish({ stopped: 'disconnected' });
  assert.equal(transcript.list('s2')[1]!.error, 'disconnected');
  new TurnRecorder(transcript, events, 's2', 'and music');
  const reopened = new Transcript(db);
  const last = reopened.list('s2').at(-1)!;
  assert.equal(last.pending, false);
  assert.equal(last.error, 'interrupted');
  assert.equal(transcript.list('s2', 2).length, 2, 'the latest entries only');
});
