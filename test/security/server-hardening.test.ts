import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client, jpeg, serve } from '../server/helpers.js';
import {
  brokenPngs,
  type Canary,
  manyFrameGif,
  networkFiles,
  pixelBombPng,
  startCanary,
} from './crafted-files.js';

type Server = Awaited<ReturnType<typeof serve>>;

/** Files left in the upload staging folder: a refused or abandoned upload must leave none. */
function staged(server: Server): string[] {
  try {
    return readdirSync(join(server.dataDir, 'tmp', 'uploads'));
  } catch {
    return [];
  }
}

function mediaFiles(server: Server): string[] {
  try {
    return readdirSync(join(server.dataDir, 'media'));
  } catch {
    return [];
  }
}

async function healthy(server: Server): Promise<void> {
  const answer = await fetch(`${server.url}/health`);
  assert.equal(answer.status, 200);
}

/** A raw HTTP exchange on its own socket: what was answered, or '' when the socket closed without one. */
function rawRequest(
  server: Server,
  head: string,
  body: Buffer | string,
  options: { endAfter?: boolean; waitMs?: number } = {},
): Promise<{ text: string; socket: Socket }> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    let text = '';
    const timer = setTimeout(() => finish(), options.waitMs ?? 10_000);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, socket });
    };
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (/\r\n\r\n/.test(text) && /\}\s*$/.test(text)) finish();
    });
    socket.on('close', finish);
    socket.on('error', finish);
    socket.write(head);
    socket.write(body);
    if (options.endAfter) socket.end();
  });
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);

function multipartHead(server: Server, token: string, session: string, length: number, boundary: string) {
  return (
    `POST /api/upload-video/nemo_agent/me/${session} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
    `Authorization: Bearer ${token}\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
    `Content-Length: ${length}\r\n\r\n`
  );
}

function partHeader(boundary: string, name: string): string {
  return `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: image/jpeg\r\n\r\n`;
}

describe('crafted uploads to a real server', () => {
  let server: Server;
  let canary: Canary;
  let client: Client;
  let session: string;
  let credits: number;

  before(async () => {
    canary = await startCanary();
    server = await serve({ maxFileMb: 5 });
    client = await new Client(server.url).login();
    session = await client.session();
    const first = await client.upload(session, [{ name: 'first.jpg', data: await jpeg(1, 64, 48) }]);
    assert.equal(first.code, 0);
    credits = (await client.call<{ available: number }>('GET', '/api/credits/balance/simple')).data.available;
  });
  after(async () => {
    await server.close();
    await canary.close();
  });

  const expectations: { name: string; bytes: () => Buffer; codes: number[] }[] = [
    ...networkFiles('http://placeholder').map((file, index) => ({
      name: file.what,
      bytes: () => networkFiles(canary.url)[index]!.bytes,
      codes: [4001],
    })),
    {
      name: 'PNG header announcing 900 megapixels',
      bytes: () => pixelBombPng(30_000, 30_000),
      codes: [4002],
    },
    { name: 'GIF with 5000 frames', bytes: () => manyFrameGif(5000), codes: [0, 4001] },
    { name: 'PNG cut short', bytes: () => brokenPngs().truncated, codes: [4001] },
    { name: 'PNG with a broken CRC', bytes: () => brokenPngs().badCrc, codes: [0, 4001] },
  ];

  for (const expected of expectations) {
    test(`${expected.name}: a clear answer, no connection, nothing left behind`, async () => {
      const before = canary.connections();
      const crafted = networkFiles(canary.url).find((file) => file.what === expected.name);
      const answer = await client.upload(session, [
        { name: crafted?.name ?? 'upload.png', data: expected.bytes() },
      ]);
      assert.ok(expected.codes.includes(answer.code), `${answer.code}: ${answer.message}`);
      if (answer.code !== 0) assert.ok(answer.message.length > 10 && !/ffmpeg|ffprobe/i.test(answer.message));
      assert.equal(canary.connections(), before, 'the loopback listener saw a connection');
      await healthy(server);
      assert.deepEqual(staged(server), []);
      const balance = await client.call<{ available: number }>('GET', '/api/credits/balance/simple');
      assert.equal(balance.data.available, credits);
      const state = await client.state(session);
      assert.ok(state.data.state.video_infos.some((info) => info.name === 'first.jpg'));
    });
  }
});

describe('bodies that are cut short, too large or stalled', () => {
  let server: Server;
  let client: Client;
  let session: string;

  before(async () => {
    server = await serve({ maxFileMb: 1, bodyTimeoutMs: 1500 });
    client = await new Client(server.url).login();
    session = await client.session();
  });
  after(() => server.close());

  test('a multipart body cut short is a 400 with a message, and nothing is kept', async () => {
    const boundary = 'joyboundary';
    const body = Buffer.concat([Buffer.from(partHeader(boundary, 'cut.jpg')), await jpeg(2, 64, 48)]);
    // The declared length matches what is sent, but the closing boundary never comes.
    const { text } = await rawRequest(
      server,
      multipartHead(server, client.token!, session, body.length, boundary),
      body,
    );
    assert.equal(statusOf(text), 400, text);
    assert.match(text, /"code":400/);
    assert.match(text, /upload|multipart/i);
    assert.deepEqual(staged(server), []);
    await healthy(server);
  });

  test('a Content-Length over the limit is refused with 413 before a byte is stored', async () => {
    const boundary = 'joyboundary';
    const head = multipartHead(server, client.token!, session, 10 * 1024 ** 3, boundary);
    const started = Date.now();
    const { text } = await rawRequest(server, head, partHeader(boundary, 'huge.jpg'), { waitMs: 5000 });
    assert.equal(statusOf(text), 413, text);
    assert.match(text, /"code":4002/);
    assert.ok(Date.now() - started < 3000, 'answered at the header, not after a timeout');
    assert.deepEqual(staged(server), []);
    assert.deepEqual(mediaFiles(server), []);
  });

  test('a file over the limit without a Content-Length is cut off at the limit', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 0xff);
    const answer = await client.upload(session, [{ name: 'big.jpg', data: big }]);
    assert.equal(answer.status, 413);
    assert.equal(answer.code, 4002);
    assert.deepEqual(staged(server), []);
  });

  test('an upload that stalls is answered 408 and its partial file removed', async () => {
    const boundary = 'joyboundary';
    const photo = await jpeg(3, 64, 48);
    const head = multipartHead(server, client.token!, session, photo.length * 4, boundary);
    const started = Date.now();
    const pending = rawRequest(
      server,
      head,
      Buffer.concat([Buffer.from(partHeader(boundary, 'slow.jpg')), photo]),
      {
        waitMs: 8000,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(staged(server).length, 1, 'the upload was streaming to disk');
    const { text } = await pending;
    assert.equal(statusOf(text), 408, text);
    assert.ok(Date.now() - started < 6000);
    assert.deepEqual(staged(server), []);
    await healthy(server);
  });

  test('a JSON body that stalls is answered 408', async () => {
    const head =
      `POST /api/tasks/me/with-session/nemo_agent HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${client.token}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    const { text } = await rawRequest(server, head, '{"task_name":', { waitMs: 8000 });
    assert.equal(statusOf(text), 408, text);
  });
});

describe('accounts and credits', () => {
  test('anonymous tokens are limited per client address too', async () => {
    const server = await serve({ tokensPerAddress: 3 });
    try {
      const answers = [];
      for (let k = 0; k < 5; k++) {
        const client = new Client(server.url);
        answers.push(
          await client.call('POST', '/api/auth/anonymous-token', undefined, {
            'x-client-id': client.clientId,
          }),
        );
      }
      assert.deepEqual(
        answers.map((answer) => answer.code),
        [0, 0, 0, 429, 429],
      );
      assert.ok(Number(answers[3]!.headers.get('retry-after')) > 0);
    } finally {
      await server.close();
    }
  });

  test('credits, help and status stay free at 0 credits; an edit is refused with 2001', async () => {
    const server = await serve({ chatCost: 5, initialCredits: 0 });
    try {
      const client = await new Client(server.url).login();
      const session = await client.session();
      for (const text of ['credits', 'help', 'status']) {
        const answer = await client.chat(session, text);
        assert.equal(answer.status, 200, `${text}: ${answer.raw.slice(0, 200)}`);
        assert.ok(answer.events.length > 0);
      }
      const edit = await client.chat(session, 'make it 9:16');
      assert.equal(edit.status, 402);
      assert.equal((JSON.parse(edit.raw) as { code: number }).code, 2001);
    } finally {
      await server.close();
    }
  });

  test('a chat turn whose client left before the reply saves nothing and charges nothing', async () => {
    const server = await serve({ chatCost: 1, initialCredits: 10 });
    try {
      const client = await new Client(server.url).login();
      // A first turn loads the director; the one under test is then as fast as the server can be.
      assert.equal((await client.chat(await client.session(), 'help')).status, 200);
      const session = await client.session();
      assert.equal((await client.upload(session, [{ name: 'a.jpg', data: await jpeg(4, 64, 48) }])).code, 0);
      const body = JSON.stringify({
        app_name: 'nemo_agent',
        user_id: 'me',
        session_id: session,
        new_message: { role: 'user', parts: [{ text: 'make a video' }] },
      });
      const head =
        `POST /run_sse HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${client.token}\r\n` +
        `Content-Type: application/json\r\nAccept: text/event-stream\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      // The request arrives whole, and the client is gone before any reply.
      await new Promise<void>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write(head + body, () => {
            socket.destroy();
            resolve();
          });
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const state = await client.state(session);
      assert.equal(state.data.state.draft, null, 'a draft was saved');
      const balance = await client.call<{ available: number }>('GET', '/api/credits/balance/simple');
      assert.equal(balance.data.available, 10, 'a credit was charged');
    } finally {
      await server.close();
    }
  });
});
