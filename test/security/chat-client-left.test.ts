import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, jpeg, poll, serve } from '../server/helpers.js';

/**
 * A chat turn whose client leaves: before the edit is saved nothing is kept or charged (tested in
 * server-hardening); once it is saved (the reply starts with the edit's function calls) the edit is
 * kept and charged, and the session state a studio reloads shows the draft and a complete reply with
 * its change lines, not a turn cut off. docs/api.md says the same.
 */
interface TranscriptView {
  role: string;
  text: string;
  changes: { text: string; ok: boolean }[];
  error?: string | null;
  pending?: boolean;
}

test('a client that leaves once the edit is saved finds it kept, charged once and in the transcript', async () => {
  const server = await serve({ chatCost: 1, initialCredits: 10 });
  try {
    const client = await new Client(server.url).login();
    const session = await client.session();
    assert.equal((await client.upload(session, [{ name: 'a.jpg', data: await jpeg(6, 64, 48) }])).code, 0);

    const controller = new AbortController();
    const response = await client.chatResponse(session, 'make a video', controller.signal);
    assert.equal(response.status, 200);
    // Read until the first edit's function response (the edit is saved by then), then leave.
    const reader = response.body!.getReader();
    let seen = '';
    while (!seen.includes('functionResponse')) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += Buffer.from(value).toString('utf8');
    }
    assert.match(seen, /functionResponse/);
    controller.abort();
    await reader.cancel().catch(() => undefined);

    // The studio reloads the session (another client of the same account sees the same).
    const state = await poll(
      () =>
        client
          .state(session)
          .then((answer) => answer.data.state as typeof answer.data.state & { transcript: TranscriptView[] }),
      (view) => view.transcript.every((entry) => !entry.pending),
    );
    assert.ok(state.draft, 'the saved edit is kept');
    assert.equal(state.draft_version, 1);
    const reply = state.transcript.at(-1)!;
    assert.equal(reply.role, 'assistant');
    assert.ok(reply.changes.length > 0 && reply.changes.every((line) => line.ok), 'its change lines');
    assert.ok(reply.text.length > 0, 'the reply text');
    assert.equal(reply.error ?? null, null, 'not shown as a turn cut off');
    const balance = await client.call<{ available: number; frozen: number }>(
      'GET',
      '/api/credits/balance/simple',
    );
    assert.equal(balance.data.available, 9, 'charged once');
    assert.equal(balance.data.frozen, 0);
  } finally {
    await server.close();
  }
});
