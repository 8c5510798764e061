import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { RenderDraft } from '../../src/render/pipeline-types.js';
import { Client, jpeg, poll, serve, tempDir, tinyDraft } from './helpers.js';

const cli = fileURLToPath(new URL('./fixtures/joy-cli.ts', import.meta.url));

interface Child {
  process: ChildProcess;
  url: string;
  stdout: () => string;
  exited: Promise<number | null>;
}

/** `joy serve` in its own process, JSON logs on stdout, the URL read from its stderr line. */
async function spawnServe(dataDir: string): Promise<Child> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', cli, 'serve', '--port', '0', '--data-dir', dataDir],
    {
      env: { ...process.env, JOY_LOG_LEVEL: 'info', JOY_CONFIG: '', JOY_REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`joy serve did not start: ${err}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(err);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`joy serve exited ${code}: ${err}`)));
  });
  return { process: child, url, stdout: () => out, exited };
}

const logLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; job?: string });

test('a server killed with SIGKILL mid-render completes the job exactly once after restart; state survives', async () => {
  const dataDir = tempDir();
  const first = await spawnServe(dataDir);
  let second: Child | undefined;
  try {
    const client = await new Client(first.url).login();
    const session = await client.session();
    const upload = await client.upload(
      session,
      await Promise.all([1, 2, 3].map(async (seed) => ({ name: `p${seed}.jpg`, data: await jpeg(seed) }))),
    );
    assert.equal(upload.code, 0, upload.message);
    const made = await client.chat(session, 'make a video');
    assert.equal(made.status, 200);
    // Long enough (about 2 s here) to be caught while rendering.
    const draft = tinyDraft(
      upload.data.files.map((file) => file.uri),
      { width: 640, height: 360, fps: 30, durationMs: 2000 },
    );
    const submitted = await client.call('POST', '/api/render/proxy/lambda', {
      id: 'render_crash',
      sessionId: session,
      draft,
    });
    assert.equal(submitted.code, 0, submitted.message);
    await poll(
      () =>
        client
          .call<{ status: string; progress: number }>('GET', '/api/render/proxy/lambda/render_crash')
          .then((a) => a.data),
      (view) => view.status === 'rendering',
      20_000,
      15,
    );
    first.process.kill('SIGKILL');
    await first.exited;
    assert.deepEqual(readdirSync(join(dataDir, 'renders')), [], 'no output from the killed render');

    second = await spawnServe(dataDir);
    const restarted = new Client(second.url);
    restarted.token = client.token;
    const done = await poll(
      () =>
        restarted
          .call<{ status: string; output?: { url: string }; error?: string }>(
            'GET',
            '/api/render/proxy/lambda/render_crash',
          )
          .then((a) => a.data),
      (view) => view.status === 'completed' || view.status === 'failed',
      30_000,
      50,
    );
    assert.equal(done.status, 'completed', done.error);
    assert.equal((await fetch(done.output!.url)).status, 200);

    // Exactly once: one output file, one completion in the logs, two attempts on the row (killed + done).
    assert.equal(readdirSync(join(dataDir, 'renders')).length, 1);
    assert.deepEqual(
      existsSync(join(dataDir, 'tmp', 'renders')) ? readdirSync(join(dataDir, 'tmp', 'renders')) : [],
      [],
    );
    const logs = [...logLines(first.stdout()), ...logLines(second.stdout())];
    assert.equal(logs.filter((line) => line.msg === 'render completed').length, 1);
    assert.equal(logs.filter((line) => line.msg === 'render started').length, 2);
    assert.equal(logs.filter((line) => line.msg === 'render re-queued after restart').length, 1);
    const db = new Database(join(dataDir, 'joy.db'), { readonly: true });
    const rows = db.prepare('SELECT state, attempts FROM render_jobs').all();
    db.close();
    assert.deepEqual(rows, [{ state: 'completed', attempts: 2 }]);

    // The session survived: uploads, draft, renders, and the history (undo works after the restart).
    const state = await restarted.state(session);
    assert.equal(state.data.state.video_infos.length, 3);
    assert.equal(state.data.state.draft_version, 1);
    assert.ok(state.data.state.draft);
    assert.equal(state.data.state.generated_media[0]!.status, 'completed');
    const undo = await restarted.chat(session, 'undo');
    assert.equal(undo.events.at(-1)!.actions.stateDelta.draft_version, 2);

    // SIGTERM is a graceful stop.
    second.process.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  } finally {
    first.process.kill('SIGKILL');
    second?.process.kill('SIGKILL');
  }
});

test('graceful shutdown puts the running render back on the queue; the next start finishes it', async () => {
  const dataDir = tempDir();
  let release: (() => void) | undefined;
  const renders: string[] = [];
  const slow: RenderDraft = async (_draft, output, options) => {
    renders.push(output);
    await new Promise<void>((resolve, reject) => {
      release = resolve;
      options.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
    await writeFile(output, Buffer.alloc(1024, 1));
    return { output, frames: 1, durationMs: 100, width: 16, height: 16, fps: 10, elapsedMs: 1 };
  };
  const first = await serve({ dataDir, renderDraft: slow });
  const client = await new Client(first.url).login();
  const session = await client.session();
  const upload = await client.upload(session, [{ name: 'a.jpg', data: await jpeg(1, 64, 48) }]);
  await client.call('POST', '/api/render/proxy/lambda', {
    id: 'render_graceful',
    sessionId: session,
    draft: tinyDraft([upload.data.files[0]!.uri]),
  });
  await poll(
    async () => renders.length,
    (n) => n === 1,
    5000,
    10,
  );
  await first.close();
  const db = new Database(join(dataDir, 'joy.db'), { readonly: true });
  assert.deepEqual(db.prepare('SELECT state, attempts FROM render_jobs').all(), [
    { state: 'queued', attempts: 0 },
  ]);
  db.close();

  const second = await serve({ dataDir, renderDraft: slow });
  try {
    await poll(
      async () => renders.length,
      (n) => n === 2,
      5000,
      10,
    );
    release!();
    const again = new Client(second.url);
    again.token = client.token;
    const done = await poll(
      () =>
        again.call<{ status: string }>('GET', '/api/render/proxy/lambda/render_graceful').then((a) => a.data),
      (view) => view.status === 'completed',
      5000,
    );
    assert.equal(done.status, 'completed');
  } finally {
    await second.close();
  }
});
