import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { RenderDraft } from '../../src/render/pipeline-types.js';
import { type AdkEventView, Client, jpeg, parseSse, poll, serve } from './helpers.js';

/**
 * The chat stream as a client reads it. Renders here are a stand-in (steps of `stepMs`, honouring the
 * abort signal) so the tests are about the stream — heartbeats, progress, disconnects — not encoding.
 */
function fakeRender(stepMs: number, steps = 10) {
  const calls: { signal: AbortSignal; finished: boolean }[] = [];
  const render: RenderDraft = async (_draft, output, options) => {
    const call = { signal: options.signal!, finished: false };
    calls.push(call);
    for (let step = 1; step <= steps; step++) {
      await new Promise((resolve) => setTimeout(resolve, stepMs));
      if (options.signal?.aborted) throw new Error('aborted');
      options.onProgress?.({
        state: 'rendering',
        progress: step / steps,
        frame: step,
        frames: steps,
        etaMs: undefined,
      });
    }
    await writeFile(output, Buffer.alloc(2048, 7));
    call.finished = true;
    return {
      output,
      frames: steps,
      durationMs: 1000,
      width: 16,
      height: 16,
      fps: 10,
      elapsedMs: steps * stepMs,
    };
  };
  return { render, calls };
}

async function sessionWithVideo(client: Client): Promise<string> {
  const session = await client.session();
  await client.upload(session, [
    { name: 'a.jpg', data: await jpeg(1, 64, 48) },
    { name: 'b.jpg', data: await jpeg(2, 64, 48) },
  ]);
  const made = await client.chat(session, 'make a video');
  assert.equal(made.status, 200);
  return session;
}

const texts = (events: AdkEventView[]) =>
  events.flatMap((e) =>
    e.content.parts.filter((p) => typeof p.text === 'string').map((p) => p.text as string),
  );

describe('chat stream', () => {
  test('a reply that changed nothing ("Already so") marks its commands unchanged and keeps no change line', async () => {
    const server = await serve();
    try {
      const client = await new Client(server.url).login();
      const session = await sessionWithVideo(client);
      assert.equal((await client.chat(session, 'make it 9:16')).status, 200);
      const again = await client.chat(session, 'make it 9:16');
      assert.match(texts(again.events).join(' '), /nothing changed/);
      const responses = again.events.flatMap((e) =>
        e.content.parts.flatMap((p) => (p.functionResponse ? [p.functionResponse.response] : [])),
      );
      assert.ok(responses.length > 0, 'the command is still told');
      for (const response of responses) assert.equal(response.changed, false);
      const state = (await client.state(session)).data.state as unknown as {
        transcript: { role: string; changes?: unknown[] }[];
      };
      const { transcript } = state;
      const [made, unchanged] = transcript.filter((entry) => entry.role === 'assistant').slice(-2);
      assert.ok((made!.changes ?? []).length > 0, 'the first reply did change the aspect');
      assert.deepEqual(unchanged!.changes ?? [], []);
    } finally {
      await server.close();
    }
  });

  test('"export" queues a render and streams its progress, with heartbeats, until done', async () => {
    const fake = fakeRender(60);
    const server = await serve({ heartbeatMs: 40, renderDraft: fake.render });
    try {
      const client = await new Client(server.url).login();
      const session = await sessionWithVideo(client);
      const answer = await client.chat(session, 'export');
      assert.equal(answer.status, 200);
      assert.ok(
        answer.comments.filter((c) => c === 'heartbeat').length >= 5,
        `heartbeats: ${answer.comments.length}`,
      );
      const call = answer.events.find((e) => e.content.parts[0]?.functionCall)!.content.parts[0]!
        .functionCall!;
      assert.equal(call.name, 'export_video');
      const response = answer.events.find((e) => e.content.parts[0]?.functionResponse)!.content.parts[0]!
        .functionResponse!;
      assert.equal(response.id, call.id);
      const renderId = response.response.render_id as string;
      const progress = answer.events.filter((e) => e.partial && e.actions.stateDelta.render);
      assert.ok(progress.length >= 2, 'progress events');
      const values = progress.map((e) => e.actions.stateDelta.render!.progress);
      assert.deepEqual(
        values,
        [...values].sort((a, b) => a - b),
        'progress only grows',
      );
      const last = answer.events.at(-1)!;
      assert.equal(last.partial, false);
      assert.equal(last.actions.stateDelta.render!.status, 'completed');
      assert.match(texts([last]).join(' '), /ready.*http:\/\/127\.0\.0\.1:\d+\/media\/renders\/r[\w-]+\.mp4/);
      const polled = await client.call<{ status: string; output: { url: string } }>(
        'GET',
        `/api/render/proxy/lambda/${renderId}`,
      );
      assert.equal(polled.data.status, 'completed');
      assert.equal((await fetch(polled.data.output.url)).headers.get('content-type'), 'video/mp4');
      assert.equal(fake.calls.length, 1);

      // Questions are answered without editing.
      const credits = await client.chat(session, 'credits');
      assert.ok(credits.events.every((e) => e.content.parts.every((p) => !p.functionCall)));
      assert.match(texts(credits.events).join(' '), /100/);
    } finally {
      await server.close();
    }
  });

  test('a client that leaves mid-export (a reload) finds the render going on and the reply saying so', async () => {
    const fake = fakeRender(60, 40);
    const server = await serve({ heartbeatMs: 50, renderDraft: fake.render });
    try {
      const client = await new Client(server.url).login();
      const session = await sessionWithVideo(client);
      const controller = new AbortController();
      const response = await client.chatResponse(session, 'export', controller.signal);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let text = '';
      let renderId: string | undefined;
      while (!renderId) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
        const found = parseSse(text.slice(0, text.lastIndexOf('\n\n') + 2)).events.find(
          (e) => e.content.parts[0]?.functionResponse,
        );
        renderId = found?.content.parts[0]?.functionResponse?.response.render_id as string | undefined;
      }
      assert.ok(renderId, 'the stream announced the render');
      await poll(
        async () => fake.calls.length,
        (n) => n === 1,
        5000,
        10,
      );
      controller.abort();
      await poll(async () => fake.calls[0]!.finished, Boolean, 10_000, 20);
      assert.equal(fake.calls[0]!.signal.aborted, false, 'the render was not stopped');
      const status = await poll(
        () =>
          client.call<{ status: string; output?: { url: string } }>(
            'GET',
            `/api/render/proxy/lambda/${renderId}`,
          ),
        (answer) => answer.data.status === 'completed',
        5000,
        20,
      );
      assert.ok(status.data.output?.url, 'the finished export has its link');
      const state = (await client.state(session)).data.state as unknown as {
        transcript: { role: string; text: string; error: string | null; pending?: boolean }[];
      };
      const reply = state.transcript.at(-1)!;
      assert.equal(reply.role, 'assistant');
      assert.equal(reply.pending ?? false, false);
      assert.ok(!reply.error, `no "nothing was changed" note: ${reply.error}`);
      assert.match(reply.text, /export goes on/i);
      assert.ok(reply.text.includes(renderId!));
    } finally {
      await server.close();
    }
  });

  test('a turn longer than the stream limit ends with an error event; shutdown closes open streams', async () => {
    const fake = fakeRender(100, 100);
    const server = await serve({
      heartbeatMs: 50,
      sseMaxMs: 1000,
      renderConcurrency: 2,
      renderDraft: fake.render,
    });
    let closed = false;
    try {
      const client = await new Client(server.url).login();
      const session = await sessionWithVideo(client);
      const started = Date.now();
      const answer = await client.chat(session, 'export');
      assert.ok(Date.now() - started < 5000);
      assert.equal(answer.events.at(-1)!.errorCode, 'timeout');

      const other = await sessionWithVideo(client);
      const pending = client.chat(other, 'export');
      await poll(
        async () => fake.calls.length,
        (n) => n === 2,
        5000,
        10,
      );
      await server.close();
      closed = true;
      const cut = await pending;
      assert.equal(cut.events.at(-1)!.errorCode, 'shutdown');
    } finally {
      if (!closed) await server.close();
    }
  });
});
