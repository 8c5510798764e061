import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tempDir } from '../helpers/media.js';
import { Client, poll, serve } from '../server/helpers.js';
import {
  type JoyProcess,
  RedisProcess,
  redisRequirement,
  startJoy,
  startWorker,
} from './helpers/processes.js';
import { uploadedDraft } from './helpers/scenario.js';
import { filesUnder, splitKillCheck, type View } from './helpers/split-kill-check.js';

/**
 * Scale-out with real parts: a redis-server, `joy serve` and several `joy worker` processes. A render is
 * split into chunks across workers; a worker is killed with SIGKILL mid-chunk; Redis is stopped during a
 * render and during a submission (6 s here; the behaviour does not depend on the length as long as it
 * stays under the lock time, see docs/deployment.md); the server restarts with jobs queued. Every render
 * completes once, frame-exact against the same draft rendered whole, with no partial file left.
 */
const skip = redisRequirement();

describe('scale-out on real Redis and worker processes', { skip }, () => {
  let redis: RedisProcess;
  const workers: JoyProcess[] = [];
  before(async () => {
    redis = await RedisProcess.start();
  });
  after(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await redis?.destroy();
  });

  test('a render split across two workers, one killed mid-chunk, is frame-exact and completes once', async () => {
    // Chunks long and slow enough (x264 'high' at 360p) that a poll sees one part-way on any machine.
    const figures = await splitKillCheck(redis, {
      width: 640,
      height: 360,
      fps: 30,
      seconds: 12,
      lockMs: 10_000,
      quality: 'high',
      chunkMinSeconds: 4,
    });
    console.log(`# ${figures.summary}`);
  });

  test('Redis stopped during a render and during a submission: 503 at once, no ghost, the render completes once', async () => {
    const server = await serve({
      redisUrl: redis.url,
      serveWorker: false,
      splitMinSeconds: 0,
      chunkMinSeconds: 2,
    });
    try {
      const worker = await startWorker(redis.url, server.dataDir, { JOY_RENDER_LOCK_MS: '15000' });
      workers.push(worker);
      const client = await new Client(server.url).login();
      const session = await client.session();
      const dir = tempDir('joy-outage-');
      const { wire } = await uploadedDraft(client, session, dir, {
        width: 320,
        height: 180,
        fps: 30,
        seconds: 10,
      });
      const body = (id: string) => ({
        id,
        sessionId: session,
        draft: wire,
        output: { format: 'mp4', quality: 'standard' },
      });
      assert.equal((await client.call('POST', '/api/render/proxy/lambda', body('render_during'))).code, 0);
      await poll(
        () => client.call<View>('GET', '/api/render/proxy/lambda/render_during').then((a) => a.data),
        (view) => view.progress > 0.05,
        60_000,
        50,
      );
      await redis.stop();
      const started = performance.now();
      const refused = await client.call<View>('POST', '/api/render/proxy/lambda', body('render_refused'));
      const latencyMs = performance.now() - started;
      assert.equal(refused.code, 503, refused.message);
      assert.ok(latencyMs < 1000, `answered in ${latencyMs.toFixed(0)} ms`);
      const healthStart = performance.now();
      const health = await client.call<{ status: string; queue: { reachable: boolean } }>('GET', '/health');
      assert.ok(performance.now() - healthStart < 1000, '/health answers at once');
      assert.equal(health.data.queue.reachable, false);
      const state = await client.call<{ session_id: string }>('GET', `/api/state/joy/me/${session}/latest`);
      assert.equal(state.code, 0, 'session state needs no Redis');
      assert.equal((await client.call('GET', '/api/render/proxy/lambda/render_during')).code, 503);
      console.log(`# Redis down: submission answered ${refused.code} in ${latencyMs.toFixed(0)} ms`);
      await new Promise((resolve) => setTimeout(resolve, 6000));
      await redis.start();
      const done = await poll(
        () => client.call<View>('GET', '/api/render/proxy/lambda/render_during').then((a) => a.data),
        (view) => Boolean(view) && (view.status === 'completed' || view.status === 'failed'),
        120_000,
        200,
      );
      assert.equal(done.status, 'completed', done.error);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(
        (await client.call('GET', '/api/render/proxy/lambda/render_refused')).code,
        404,
        'no ghost job',
      );
      assert.equal(filesUnder(join(server.dataDir, 'renders')).length, 1, 'one output');
      const finished = worker.logLines('render completed').filter((line) => line.kind !== 'chunk');
      assert.equal(finished.length, 1, 'rendered once');
      // The refused submission sent again is taken, once.
      assert.equal((await client.call('POST', '/api/render/proxy/lambda', body('render_refused'))).code, 0);
      const again = await client.waitForRender('render_refused', 60_000);
      assert.equal(again.status, 'completed');
      assert.deepEqual(
        filesUnder(join(server.dataDir, 'tmp')).filter((name) => !name.startsWith('.')),
        [],
      );
    } finally {
      for (const worker of workers.splice(0)) {
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
      await server.close();
    }
  });

  test('jobs queued while no worker runs survive a server restart; a worker without the shared storage refuses', async () => {
    const dataDir = tempDir('joy-restart-');
    let server = await serve({ redisUrl: redis.url, serveWorker: false, dataDir });
    const client = await new Client(server.url).login();
    const session = await client.session();
    const dir = tempDir('joy-restart-media-');
    const { wire } = await uploadedDraft(client, session, dir, {
      width: 160,
      height: 90,
      fps: 10,
      seconds: 3,
    });
    for (const id of ['render_q1', 'render_q2'])
      assert.equal(
        (
          await client.call('POST', '/api/render/proxy/lambda', {
            id,
            sessionId: session,
            draft: wire,
            output: { quality: id === 'render_q1' ? 'standard' : 'draft' },
          })
        ).code,
        0,
      );
    const waiting = await client.call<{
      queue: { workers: number; waiting: number; oldest_waiting_s: number };
    }>('GET', '/health');
    assert.equal(waiting.data.queue.workers, 0);
    assert.equal(waiting.data.queue.waiting, 2);
    // A client is told the render waits for a worker, not left at 0 %.
    const stuck = await client.call<View & { waiting_for_worker?: boolean }>(
      'GET',
      '/api/render/proxy/lambda/render_q1',
    );
    assert.equal(stuck.data.status, 'queued');
    assert.equal(stuck.data.waiting_for_worker, true);
    const listed = await client.call<{
      state: { generated_media: { id: string; waiting_for_worker?: boolean }[] };
    }>('GET', `/api/state/joy/me/${session}/latest`);
    assert.deepEqual(
      listed.data.state.generated_media.map((item) => item.waiting_for_worker),
      [true, true],
    );
    const port = Number(new URL(server.url).port);
    await server.close();
    server = await serve({ redisUrl: redis.url, serveWorker: false, dataDir, port });
    try {
      const elsewhere = await startWorker(redis.url, tempDir('joy-not-shared-'), {}, 'taking no jobs');
      workers.push(elsewhere);
      assert.match(elsewhere.err(), /\.joy-volume is missing: .* is not the data dir of joy serve/);
      const health = await client.call<{ queue: { workers: number; oldest_waiting_s: number } }>(
        'GET',
        '/health',
      );
      assert.equal(health.data.queue.workers, 0, 'a refusing worker takes nothing');
      assert.ok(health.data.queue.oldest_waiting_s > 0);
      const worker = await startWorker(redis.url, dataDir);
      workers.push(worker);
      for (const id of ['render_q1', 'render_q2']) {
        const done = await poll(
          () => client.call<View>('GET', `/api/render/proxy/lambda/${id}`).then((a) => a.data),
          (view) => view.status === 'completed' || view.status === 'failed',
          60_000,
        );
        assert.equal(done.status, 'completed', done.error);
        assert.equal((done as { waiting_for_worker?: boolean }).waiting_for_worker, undefined);
      }
      assert.equal(worker.logLines('render completed').length, 2, 'each rendered once');
    } finally {
      for (const worker of workers.splice(0)) {
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
      await server.close();
    }
  });

  test('SIGTERM with Redis down: joy serve and joy worker exit promptly', async () => {
    const dataDir = tempDir('joy-sigterm-');
    const server = await startJoy(
      ['serve', '--redis', redis.url, '--data-dir', dataDir, '--port', '0'],
      'listening on',
      { JOY_SERVE_WORKER: 'false' },
    );
    const worker = await startWorker(redis.url, dataDir);
    await redis.stop();
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const process of [server, worker]) {
        const started = performance.now();
        process.child.kill('SIGTERM');
        const code = await Promise.race([
          process.exited,
          new Promise((resolve) => setTimeout(() => resolve('still running'), 5000)),
        ]);
        const ms = performance.now() - started;
        assert.notEqual(code, 'still running', `exited on SIGTERM (${process.err().slice(-300)})`);
        console.log(`# SIGTERM with Redis down: exited ${code} in ${ms.toFixed(0)} ms`);
      }
    } finally {
      server.child.kill('SIGKILL');
      worker.child.kill('SIGKILL');
      await redis.start();
    }
  });
});
