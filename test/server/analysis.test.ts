import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { iou, markedBox, photo } from '../analyse/fixtures.js';
import { drumTrack, writeWav } from '../analyse/synth.js';
import { tempDir } from '../helpers/media.js';
import { Client, serve } from './helpers.js';

/**
 * Background analysis in the service: an upload answers at once; the photo's faces, focus and
 * sharpness appear in `video_infos` when the worker is done; "make a video" hands them to the director.
 */
let server: Awaited<ReturnType<typeof serve>>;
let client: Client;

before(async () => {
  server = await serve({ analyse: true });
  client = await new Client(server.url).login();
});
after(() => server.close());

test('an uploaded group photo gets faces in video_infos, and the draft carries them', async () => {
  const session = await client.session();
  const started = performance.now();
  const upload = await client.upload(session, [{ name: 'group.jpg', data: readFileSync(photo('group')) }]);
  const uploadMs = performance.now() - started;
  assert.equal(upload.code, 0, upload.message);
  let info: Record<string, unknown> | undefined;
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    const state = await client.state(session);
    info = state.data.state.video_infos[0] as unknown as Record<string, unknown>;
    if (info?.faces) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const analysedMs = performance.now() - started;
  assert.ok(info?.faces, 'faces appear in video_infos');
  assert.equal((info.faces as unknown[]).length, 3);
  assert.ok(typeof info.sharpness === 'number' && info.sharpness > 40);
  assert.ok(info.focus);
  assert.equal(info.people_layer, true, 'the people can be lifted for parallax');
  console.log(
    `upload answered in ${uploadMs.toFixed(0)} ms; analysis visible after ${analysedMs.toFixed(0)} ms`,
  );

  const chat = await client.chat(session, 'make a video in 9:16');
  assert.equal(chat.status, 200);
  const state = await client.state(session);
  const draft = state.data.state.draft as { t: { sg: { src: { fc?: unknown[]; f?: unknown } }[] }[] };
  const media = draft.t[0]!.sg[0]!.src;
  assert.ok(media.f, 'the draft has a focus point');
  assert.ok(media.fc && media.fc.length >= 1, 'the draft has the face boxes used');

  const parallax = await client.chat(session, 'make it 3D');
  assert.equal(parallax.status, 200);
  const after = (await client.state(session)).data.state.draft as {
    t: { sg: { mo: { n: string }; src: { sm?: { reliable: boolean; mask?: string } } }[] }[];
  };
  const segment = after.t[0]!.sg[0]!;
  assert.equal(segment.mo.n, 'parallax');
  assert.equal(segment.src.sm?.reliable, true);
  assert.ok((segment.src.sm?.mask?.length ?? 0) > 1000, 'the draft carries the people mask');
});

test('an uploaded HEIC photo is analysed like a JPEG: its face boxes reach the studio', async () => {
  const session = await client.session();
  const heic = readFileSync(new URL('../fixtures/face.heic', import.meta.url));
  const upload = await client.upload(session, [{ name: 'IMG_0001.HEIC', data: heic }]);
  assert.equal(upload.code, 0, upload.message);
  let faces: { x: number; y: number; w: number; h: number }[] | undefined;
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline && !faces) {
    const state = await client.state(session);
    faces = (state.data.state.video_infos[0] as unknown as Record<string, never>)?.faces;
    if (!faces) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(faces, 'faces appear in video_infos for the HEIC upload');
  assert.equal(faces.length, 1);
  assert.ok(iou(faces[0]!, markedBox('astronaut', 0)) > 0.4, `face box ${JSON.stringify(faces[0])}`);
});

test('a second upload of the same bytes reuses the stored analysis', async () => {
  const session = await client.session();
  await client.upload(session, [{ name: 'again.jpg', data: readFileSync(photo('group')) }]);
  const deadline = Date.now() + 10_000;
  let faces: unknown;
  while (Date.now() < deadline && !faces) {
    const state = await client.state(session);
    faces = (state.data.state.video_infos[0] as unknown as Record<string, unknown>)?.faces;
    if (!faces) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(faces);
});

test('an uploaded song gets its tempo in video_infos', async () => {
  const session = await client.session();
  const path = join(tempDir('joy-server-song-'), 'drums.wav');
  const track = drumTrack({ bpm: 120, offsetMs: 200, seconds: 8 });
  writeWav(path, track.samples, track.sampleRate);
  const upload = await client.upload(session, [
    { name: 'drums.wav', data: readFileSync(path), type: 'audio/wav' },
  ]);
  assert.equal(upload.code, 0, upload.message);
  const deadline = Date.now() + 15_000;
  let bpm: unknown;
  while (Date.now() < deadline && bpm === undefined) {
    const state = await client.state(session);
    bpm = (state.data.state.video_infos[0] as unknown as Record<string, unknown>)?.bpm;
    if (bpm === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(typeof bpm === 'number' && Math.abs(bpm - 120) < 2, `bpm ${String(bpm)}`);
});

test('"make a video" right after an upload waits for the analysis (a few seconds at most)', async () => {
  const session = await client.session();
  const upload = await client.upload(session, [
    { name: 'rocket.jpg', data: readFileSync(photo('rocket')) },
    { name: 'astronaut.jpg', data: readFileSync(photo('astronaut')) },
  ]);
  assert.equal(upload.code, 0, upload.message);
  const started = performance.now();
  const chat = await client.chat(session, 'make a video');
  const waited = performance.now() - started;
  assert.equal(chat.status, 200);
  const state = await client.state(session);
  const draft = state.data.state.draft as {
    t: { sg: { src: { n: string; f?: unknown; fc?: unknown[] } }[] }[];
  };
  const astronaut = draft.t[0]!.sg.find((s) => s.src.n === 'astronaut.jpg')!;
  assert.ok(astronaut.src.f, 'focus from the analysis');
  assert.equal(astronaut.src.fc?.length, 1, 'the face from the analysis');
  assert.ok(waited < 6000, `the turn took ${waited.toFixed(0)} ms`);
});
