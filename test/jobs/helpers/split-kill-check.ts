import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { frameCount } from '../../../src/model/timeline.js';
import { renderDraft } from '../../../src/render/render-draft.js';
import { audioHash, compareFrames, videoFacts } from '../../helpers/frames-compare.js';
import { tempDir } from '../../helpers/media.js';
import { Client, poll, serve } from '../../server/helpers.js';
import { type RedisProcess, startWorker } from './processes.js';
import { uploadedDraft } from './scenario.js';

/**
 * One server and two `joy worker` processes on a real Redis render a split video; the worker rendering a
 * chunk is killed with SIGKILL part-way. The render must complete once, its progress never going back,
 * the killed chunk redone by the other worker, and the file must hold exactly the frames, duration and
 * sound of the same draft rendered whole. Used by the test suite at a small size and by
 * scripts/scale-check.ts at 1080p for 60 s.
 */
export interface ChunkView {
  index: number;
  frames: [number, number];
  state: string;
  frames_done: number;
  attempts: number;
  worker?: string;
}
export interface View {
  status: string;
  state: string;
  progress: number;
  error?: string;
  worker?: string;
  output?: { url: string };
  chunks?: { total: number; done: number; list: ChunkView[] };
}

/** Every file under a folder (relative paths). */
export function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

export interface SplitKillSize {
  width: number;
  height: number;
  fps: number;
  seconds: number;
  lockMs: number;
  quality?: 'draft' | 'standard' | 'high';
  chunkMinSeconds?: number;
  /** Longest wait for the render, ms. */
  timeoutMs?: number;
}

export async function splitKillCheck(redis: RedisProcess, size: SplitKillSize) {
  const LOCK_MS = String(size.lockMs);
  const quality = size.quality ?? 'standard';
  const workers: Awaited<ReturnType<typeof startWorker>>[] = [];
  const server = await serve({
    redisUrl: redis.url,
    serveWorker: false,
    splitMinSeconds: 0,
    chunkMinSeconds: size.chunkMinSeconds ?? 2,
    renderLockMs: Number(LOCK_MS),
  });
  const env = { JOY_RENDER_LOCK_MS: LOCK_MS };
  try {
    const one = await startWorker(redis.url, server.dataDir, env);
    const two = await startWorker(redis.url, server.dataDir, env);
    workers.push(one, two);
    const client = await new Client(server.url).login();
    const health = await client.call<{ queue: { workers: number; reachable: boolean } }>('GET', '/health');
    assert.equal(health.data.queue.workers, 2, 'health counts both workers');
    const session = await client.session();
    const dir = tempDir('joy-scale-');
    const { draft, wire, local } = await uploadedDraft(client, session, dir, size);
    const submitted = await client.call<View>('POST', '/api/render/proxy/lambda', {
      id: 'render_split',
      sessionId: session,
      draft: wire,
      output: { format: 'mp4', quality },
    });
    assert.equal(submitted.code, 0, submitted.message);
    // Watch until a chunk is part-way on a worker, then kill that worker with SIGKILL.
    const progress: number[] = [];
    const victim = await poll(
      async () => {
        const view = (await client.call<View>('GET', '/api/render/proxy/lambda/render_split')).data;
        progress.push(view.progress);
        return view;
      },
      (view) => {
        // A render that finished before any chunk was seen part-way cannot test the kill: say so at once.
        if (view.status === 'completed' || view.status === 'failed')
          throw new Error(
            `the render ${view.status} before a chunk was seen part-way; make the chunks longer`,
          );
        return Boolean(
          view.chunks?.list.some(
            (chunk) =>
              chunk.state === 'rendering' &&
              chunk.worker &&
              chunk.frames_done > 3 &&
              chunk.frames_done < chunk.frames[1] - chunk.frames[0] - 10,
          ),
        );
      },
      size.timeoutMs ?? 180_000,
      50,
    );
    assert.ok(victim.chunks!.total >= 3, `split into ${victim.chunks!.total} chunks`);
    const running = victim.chunks!.list.find(
      (chunk) =>
        chunk.state === 'rendering' &&
        chunk.frames_done > 3 &&
        chunk.frames_done < chunk.frames[1] - chunk.frames[0] - 10,
    )!;
    const killed = [one, two].find((worker) => worker.err().includes(`joy worker ${running.worker}:`))!;
    assert.ok(killed, `worker ${running.worker} found`);
    killed.child.kill('SIGKILL');
    const done = await poll(
      async () => {
        const view = (await client.call<View>('GET', '/api/render/proxy/lambda/render_split')).data;
        progress.push(view.progress);
        return view;
      },
      (view) => view.status === 'completed' || view.status === 'failed',
      size.timeoutMs ?? 300_000,
      100,
    );
    assert.equal(done.status, 'completed', done.error);
    for (let k = 1; k < progress.length; k++)
      assert.ok(
        progress[k]! >= progress[k - 1]!,
        `progress never goes back (${progress[k - 1]} → ${progress[k]})`,
      );
    const redone = done.chunks!.list[running.index]!;
    const survivor = one === killed ? two : one;
    assert.equal(redone.state, 'completed');
    assert.ok(redone.attempts >= 2, 'the killed chunk was taken again');
    assert.notEqual(redone.worker, running.worker, 'by the other worker');
    assert.equal(done.chunks!.done, done.chunks!.total);
    const byWorker = new Set(done.chunks!.list.map((chunk) => chunk.worker));
    assert.ok(byWorker.size >= 1);
    // The same draft rendered whole, as `joy render` does, from the same files.
    const whole = join(dir, 'whole.mp4');
    await renderDraft(draft, whole, { resolve: (uri) => local[uri]!, quality });
    const joined = join(server.dataDir, new URL(done.output!.url).pathname.replace('/media/', ''));
    const [a, b] = await Promise.all([videoFacts(whole), videoFacts(joined)]);
    assert.equal(a.frames, frameCount(draft));
    assert.equal(b.frames, a.frames, 'same frame count');
    assert.equal(b.videoDurationS, a.videoDurationS, 'same video duration');
    assert.equal(b.audioDurationS, a.audioDurationS, 'same audio duration');
    const frames = await compareFrames(whole, joined);
    assert.deepEqual(frames.misaligned, [], 'no frame duplicated or lost at a seam');
    assert.ok(frames.worstDiff < 3, `worst mean frame difference ${frames.worstDiff}`);
    assert.deepEqual(await audioHash(joined), await audioHash(whole), 'audio identical: in sync');
    // Exactly once: one join, one output; no partial or chunk file left.
    const joins = [...survivor.logLines('render completed'), ...killed.logLines('render completed')].filter(
      (line) => line.kind === 'join',
    );
    assert.equal(joins.length, 1, 'joined once');
    assert.deepEqual(filesUnder(join(server.dataDir, 'renders')), [
      `${new URL(done.output!.url).pathname.split('/').pop()}`,
    ]);
    assert.deepEqual(
      filesUnder(join(server.dataDir, 'tmp')).filter((name) => !name.startsWith('.')),
      [],
      'no temp file left',
    );
    return {
      chunks: done.chunks!.list,
      killedWorker: running.worker,
      killedChunk: running.index,
      whole: a,
      joined: b,
      worstFrameDiff: frames.worstDiff,
      summary: `split render ${size.width}x${size.height} ${size.seconds} s: ${done.chunks!.total} chunks (${done.chunks!.list.map((chunk) => `${chunk.index}:${chunk.worker}×${chunk.attempts}`).join(' ')}), killed ${running.worker} at chunk ${running.index} frame ${running.frames_done}; frames ${b.frames} = ${a.frames}; video ${b.videoDurationS} s = ${a.videoDurationS} s; audio ${b.audioDurationS} s = ${a.audioDurationS} s; audio identical; worst frame difference ${frames.worstDiff.toFixed(2)}/255`,
    };
  } finally {
    for (const worker of workers.splice(0)) {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
    await server.close();
  }
}
