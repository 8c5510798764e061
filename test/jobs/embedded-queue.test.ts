import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { EmbeddedQueue } from '../../src/jobs/embedded-queue.js';
import type { ExecutorContext, RenderJob, RenderJobSpec, RenderQueue } from '../../src/jobs/types.js';

function db(): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'joy-queue-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return new Database(join(dir, 'jobs.db'));
}

const spec = (id: string): RenderJobSpec => ({
  id,
  hash: `hash-${id}`,
  sessionId: 's1',
  draft: { schema: 'joy.draft', v: 1, w: 16, h: 16, fps: 1, t: [], m: {} },
  media: {},
  quality: 'draft',
});

/** An executor the test drives: each run waits until released, reports progress, honours abort. */
function controllable() {
  const runs: { id: string; context: ExecutorContext; release: (error?: Error) => void }[] = [];
  const waiters: (() => void)[] = [];
  const executor = (job: RenderJobSpec, context: ExecutorContext) =>
    new Promise<{ output: string }>((resolve, reject) => {
      const release = (error?: Error) =>
        error ? reject(error) : resolve({ output: `renders/${job.id}.mp4` });
      context.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
      runs.push({ id: job.id, context, release });
      for (const waiter of waiters.splice(0)) waiter();
    });
  const started = async (count: number) => {
    while (runs.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    return runs[count - 1]!;
  };
  return { executor, runs, started };
}

async function until(queue: RenderQueue, id: string, state: RenderJob['state']): Promise<RenderJob> {
  for (let i = 0; i < 400; i++) {
    const job = await queue.get(id);
    if (job?.state === state) return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${id} never reached ${state}: ${JSON.stringify(await queue.get(id))}`);
}

test('one at a time, in order; progress reaches listeners; same id twice is one job', async () => {
  const { executor, runs, started } = controllable();
  const queue = new EmbeddedQueue(db(), { executor, concurrency: 1 }).start();
  const events: RenderJob[] = [];
  queue.onProgress((job) => events.push(job));
  await queue.enqueue(spec('a'));
  await queue.enqueue(spec('b'));
  const duplicate = await queue.enqueue(spec('a'));
  assert.equal(duplicate.id, 'a');
  const first = await started(1);
  assert.equal(first.id, 'a');
  assert.equal((await queue.get('b'))!.state, 'queued', 'concurrency 1');
  first.context.onProgress(0.5);
  assert.equal((await queue.get('a'))!.progress, 0.5);
  first.release();
  await until(queue, 'a', 'completed');
  const second = await started(2);
  assert.equal(second.id, 'b');
  second.release(new Error('ffmpeg exited with code 1: Invalid argument'));
  const failed = await until(queue, 'b', 'failed');
  assert.equal(failed.error, 'ffmpeg exited with code 1: Invalid argument');
  assert.equal(runs.length, 2, 'a ran once');
  const a = await queue.get('a');
  assert.deepEqual([a!.state, a!.progress, a!.output, a!.attempts], ['completed', 1, 'renders/a.mp4', 1]);
  assert.ok(events.some((job) => job.id === 'a' && job.state === 'rendering' && job.progress === 0.5));
  assert.ok(events.some((job) => job.id === 'a' && job.state === 'completed'));
  assert.deepEqual(await queue.counts(), { completed: 1, failed: 1 });
  await queue.close();
});

test('cancel a queued job and a running one', async () => {
  const { executor, started } = controllable();
  const queue = new EmbeddedQueue(db(), { executor }).start();
  await queue.enqueue(spec('run'));
  await queue.enqueue(spec('wait'));
  const running = await started(1);
  assert.equal((await queue.cancel('wait'))!.state, 'canceled');
  const canceled = await queue.cancel('run');
  assert.equal(canceled!.state, 'canceled');
  assert.ok(running.context.signal.aborted, 'the running render was told to stop');
  assert.equal(await queue.cancel('missing'), undefined);
  await queue.close();
});

test('shutdown re-queues the running job; a restart runs it; a crash counts as an attempt', async () => {
  const database = db();
  const one = controllable();
  const first = new EmbeddedQueue(database, { executor: one.executor }).start();
  await first.enqueue(spec('x'));
  await one.started(1);
  await first.close();
  const afterShutdown = await first.get('x');
  assert.deepEqual([afterShutdown!.state, afterShutdown!.attempts], ['queued', 0]);

  // Simulate a crash: the row says rendering, as a killed process leaves it.
  database.prepare("UPDATE render_jobs SET state = 'rendering', attempts = 1 WHERE id = 'x'").run();
  const two = controllable();
  const second = new EmbeddedQueue(database, { executor: two.executor, maxAttempts: 2 }).start();
  const run = await two.started(1);
  assert.equal(run.id, 'x');
  assert.equal((await second.get('x'))!.attempts, 2);
  // …and crashes again: with maxAttempts 2 it fails instead of looping.
  await second.close();
  database.prepare("UPDATE render_jobs SET state = 'rendering', attempts = 2 WHERE id = 'x'").run();
  const three = controllable();
  const third = new EmbeddedQueue(database, { executor: three.executor, maxAttempts: 2 }).start();
  const job = await third.get('x');
  assert.equal(job!.state, 'failed');
  assert.match(job!.error!, /interrupted 2 times/);
  assert.equal(three.runs.length, 0);
  await third.close();
});

test('concurrency 2 runs two at once', async () => {
  const { executor, runs, started } = controllable();
  const queue = new EmbeddedQueue(db(), { executor, concurrency: 2 }).start();
  for (const id of ['p', 'q', 'r']) await queue.enqueue(spec(id));
  await started(2);
  assert.deepEqual(
    runs.map((run) => run.id),
    ['p', 'q'],
  );
  runs[0]!.release();
  await started(3);
  for (const run of runs.slice(1)) run.release();
  await until(queue, 'r', 'completed');
  await queue.close();
});
