import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Client, jpeg, serve } from '../server/helpers.js';
import { brokenPngs, manyFrameGif, networkFiles, pixelBombPng, startCanary } from './crafted-files.js';

/**
 * A mixed soak against one server: uploads, bad inputs, chats and renders in a loop, while the process's
 * memory and open files are sampled. 60 s in the suite; JOY_SOAK_S=600 for the ten-minute run.
 */
const SECONDS = Number(process.env.JOY_SOAK_S ?? 60);
const MB = 1024 * 1024;

const openFiles = () => readdirSync('/proc/self/fd').length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

test(`a ${SECONDS} s mixed soak keeps memory and open files flat`, {
  timeout: (SECONDS + 120) * 1000,
}, async () => {
  const canary = await startCanary();
  const server = await serve({ maxFileMb: 5 });
  try {
    const client = await new Client(server.url).login();
    const bad = [
      ...networkFiles(canary.url).map((file) => ({ name: file.name, data: file.bytes })),
      { name: 'bomb.png', data: pixelBombPng(30_000, 30_000) },
      { name: 'frames.gif', data: manyFrameGif(5000) },
      { name: 'cut.png', data: brokenPngs().truncated },
    ];
    const started = Date.now();
    // The first rounds load the director, fonts and the render threads once; growth is measured after.
    const WARM_ROUNDS = 2;
    const MIN_ROUNDS = WARM_ROUNDS + 5;
    const early: { rss: number; fds: number }[] = [];
    const late: { rss: number; fds: number }[] = [];
    let round = 0;
    let renders = 0;
    while (Date.now() - started < SECONDS * 1000 || round < MIN_ROUNDS) {
      round++;
      const session = await client.session();
      for (let k = 0; k < 3; k++) {
        const upload = await client.upload(session, [
          { name: `p${k}.jpg`, data: await jpeg(round + k, 160, 120) },
        ]);
        assert.equal(upload.code, 0, upload.message);
      }
      const refused = await client.upload(session, [bad[round % bad.length]!]);
      assert.notEqual(refused.code, 500, refused.message);
      const chat = await client.chat(
        session,
        round % 2 ? 'make a video' : 'make a 16:9 video, 2 seconds per photo',
      );
      assert.equal(chat.status, 200);
      if (round % 3 === 1) {
        const render = await client.call<{ id: string }>('POST', '/api/render/proxy/lambda', {
          id: `render_${round}`,
          sessionId: session,
          output: { format: 'mp4', quality: 'draft' },
        });
        assert.equal(render.code, 0, render.message);
        const done = await client.waitForRender(render.data.id, 120_000);
        assert.equal(done.status, 'completed', done.error);
        const file = await fetch(done.output!.url);
        assert.equal(file.status, 200);
        await file.arrayBuffer();
        renders++;
      }
      global.gc?.();
      const sample = { rss: process.memoryUsage().rss, fds: openFiles() };
      if (round > WARM_ROUNDS) (early.length < 2 ? early : late).push(sample);
    }
    assert.equal(canary.connections(), 0);
    const rssGrowth = median(late.slice(-3).map((s) => s.rss)) - median(early.map((s) => s.rss));
    const fdGrowth = median(late.slice(-3).map((s) => s.fds)) - median(early.map((s) => s.fds));
    assert.ok(rssGrowth < 80 * MB, `memory grew ${Math.round(rssGrowth / MB)} MB over ${round} rounds`);
    assert.ok(fdGrowth <= 4, `open files grew by ${fdGrowth}`);
    assert.deepEqual(readdirSync(join(server.dataDir, 'tmp', 'uploads')), []);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
  } finally {
    await server.close();
    await canary.close();
  }
});
