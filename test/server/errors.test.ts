import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { Client, jpeg, noisyJpeg, serve, tempDir, tinyDraft } from './helpers.js';

/** Every error code of API.md with its HTTP status, and session isolation between tokens. */
describe('API errors', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    server = await serve({ maxFileMb: 0.05 });
  });
  after(() => server.close());

  test('400: token without X-Client-Id', async () => {
    const answer = await new Client(server.url).call('POST', '/api/auth/anonymous-token');
    assert.equal(answer.status, 400);
    assert.equal(answer.code, 400);
    assert.match(answer.message, /X-Client-Id/);
  });

  test('token: data, then 429 with Retry-After for a second token of the same client id', async () => {
    const client = new Client(server.url);
    const first = await client.call<{ token: string; expires_at: string; credits: number }>(
      'POST',
      '/api/auth/anonymous-token',
      undefined,
      {
        'x-client-id': client.clientId,
        'x-skill-source': 'test',
        'x-skill-version': '1.2.3',
        'x-skill-platform': 'node',
      },
    );
    assert.equal(first.status, 200);
    assert.equal(first.code, 0);
    assert.equal(first.message, 'success');
    assert.equal(first.data.credits, 100);
    const db = new Database(join(server.dataDir, 'joy.db'), { readonly: true });
    const row = db
      .prepare('SELECT hash, skill_source, skill_version, skill_platform FROM tokens WHERE client_id = ?')
      .get(client.clientId);
    db.close();
    assert.deepEqual(row, {
      hash: createHash('sha256').update(first.data.token).digest('hex'),
      skill_source: 'test',
      skill_version: '1.2.3',
      skill_platform: 'node',
    });
    assert.match(first.data.token, /^joy_[\w-]{40,}$/);
    const days = (Date.parse(first.data.expires_at) - Date.now()) / 86_400_000;
    assert.ok(days > 6.99 && days <= 7, `expires in ${days} days`);
    const second = await client.call('POST', '/api/auth/anonymous-token', undefined, {
      'x-client-id': client.clientId,
    });
    assert.equal(second.status, 429);
    assert.equal(second.code, 429);
    const retry = Number(second.headers.get('retry-after'));
    assert.ok(retry > 6 * 86_400 && retry <= 7 * 86_400, `Retry-After ${retry}`);
  });

  test('1001: missing, unknown and malformed tokens', async () => {
    const client = new Client(server.url);
    for (const token of [undefined, 'joy_not-a-real-token', 'garbage with spaces']) {
      client.token = token;
      const answer = await client.call('GET', '/api/credits/balance/simple');
      assert.equal(answer.status, 401);
      assert.equal(answer.code, 1001);
    }
  });

  test('1002: another token’s session answers exactly like a missing one; sessions are isolated', async () => {
    const alice = await new Client(server.url).login();
    const bob = await new Client(server.url).login();
    const aliceSession = await alice.session();
    const upload = await alice.upload(aliceSession, [{ name: 'a.jpg', data: await jpeg(1, 64, 48) }]);
    assert.equal(upload.code, 0);
    const theirs = await bob.state(aliceSession);
    const missing = await bob.state('00000000-0000-4000-8000-000000000000');
    assert.equal(theirs.status, 404);
    assert.equal(theirs.code, 1002);
    assert.deepEqual(
      { code: theirs.code, message: theirs.message, data: theirs.data },
      { code: missing.code, message: missing.message, data: missing.data },
    );
    // Nothing of Alice's session is reachable with Bob's token.
    assert.equal(
      (await bob.upload(aliceSession, [{ name: 'b.jpg', data: await jpeg(2, 64, 48) }])).code,
      1002,
    );
    assert.equal((await bob.chat(aliceSession, 'make a video')).status, 404);
    const render = await bob.call('POST', '/api/render/proxy/lambda', {
      id: 'render_x',
      sessionId: aliceSession,
      draft: tinyDraft([upload.data.files[0]!.uri]),
    });
    assert.equal(render.code, 1002);
    // Bob cannot smuggle Alice's upload into a draft of his own session either.
    const bobSession = await bob.session();
    const smuggled = await bob.call('POST', '/api/render/proxy/lambda', {
      id: 'render_y',
      sessionId: bobSession,
      draft: tinyDraft([upload.data.files[0]!.uri]),
    });
    assert.equal(smuggled.status, 400);
    assert.match(smuggled.message, /not an upload of this session/);
    // Nor a local path.
    const local = await bob.call('POST', '/api/render/proxy/lambda', {
      id: 'render_z',
      sessionId: bobSession,
      draft: tinyDraft(['/etc/passwd']),
    });
    assert.equal(local.status, 400);
    assert.equal((await alice.state(aliceSession)).data.state.video_infos.length, 1);
  });

  test('4001: a PDF named .jpg is refused by content (415), nothing is kept', async () => {
    const client = await new Client(server.url).login();
    const session = await client.session();
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const answer = await client.upload(session, [{ name: 'holiday.jpg', data: pdf }]);
    assert.equal(answer.status, 415);
    assert.equal(answer.code, 4001);
    assert.equal((await client.state(session)).data.state.video_infos.length, 0);
  });

  test('4002: a file over the configured limit (413), counted while streaming', async () => {
    const client = await new Client(server.url).login();
    const session = await client.session();
    const big = await noisyJpeg(400, 300);
    assert.ok(big.length > 0.05 * 1024 * 1024, `fixture is ${big.length} bytes`);
    const answer = await client.upload(session, [
      { name: 'small.jpg', data: await jpeg(4, 64, 48) },
      { name: 'big.jpg', data: big },
    ]);
    assert.equal(answer.status, 413);
    assert.equal(answer.code, 4002);
    // All or nothing: the small file of the same request is not kept either.
    assert.equal((await client.state(session)).data.state.video_infos.length, 0);
    assert.deepEqual(readdirSync(join(server.dataDir, 'tmp', 'uploads')), []);
  });

  test('400: invalid JSON and schema errors name the field; 404 for unknown routes is JSON', async () => {
    const client = await new Client(server.url).login();
    const bad = await fetch(`${server.url}/api/tasks/me/with-session/nemo_agent`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
      body: '{"task_name": ',
    });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { code: number }).code, 400);
    const session = await client.session();
    const missingId = await client.call('POST', '/api/render/proxy/lambda', { sessionId: session });
    assert.equal(missingId.status, 400);
    assert.equal((missingId.data as { field?: string }).field, 'id');
    for (const [method, path] of [
      ['GET', '/nope'],
      ['GET', '/api/nope'],
      ['DELETE', '/api/credits/balance/simple'],
      ['GET', '/media/renders/../../joy.db'],
      ['GET', '/media/assets/..%2Fjoy.db'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method });
      assert.equal(response.status, 404, `${method} ${path}`);
      assert.match(response.headers.get('content-type') ?? '', /application\/json/);
      const body = (await response.json()) as { code: number };
      assert.equal(body.code, 404);
    }
    // A well-formed media path without a signed link is refused before anything is looked up.
    const unsigned = await fetch(`${server.url}/media/assets/m_doesnotexist1234`);
    assert.equal(unsigned.status, 403);
    assert.equal(((await unsigned.json()) as { code: number }).code, 403);
    const badUrl = await fetch(`${server.url}/%zz`);
    assert.equal(badUrl.status, 400);
    assert.equal(((await badUrl.json()) as { code: number }).code, 400);
    const unknownRender = await client.call('GET', '/api/render/proxy/lambda/render_unknown');
    assert.equal(unknownRender.status, 404);
  });

  test('health and effects', async () => {
    const health = await new Client(server.url).call<{ status: string; queue: { kind: string } }>(
      'GET',
      '/health',
    );
    assert.equal(health.code, 0);
    assert.equal(health.data.status, 'ok');
    assert.equal(health.data.queue.kind, 'embedded');
    const effects = await new Client(server.url).call<Record<string, unknown[]>>('GET', '/api/effects');
    assert.ok(effects.data.transitions!.length > 0);
    assert.ok(effects.data.motions!.length > 0);
  });
});

describe('credits and plan policy', () => {
  test('2001 when credits run out with a chat cost configured; balance never negative', async () => {
    const server = await serve({ chatCost: 1, initialCredits: 1 });
    try {
      const client = await new Client(server.url).login();
      const session = await client.session();
      await client.upload(session, [{ name: 'a.jpg', data: await jpeg(1, 64, 48) }]);
      const first = await client.chat(session, 'make a video');
      assert.equal(first.status, 200);
      const balance = await client.call<{ available: number; frozen: number; total: number }>(
        'GET',
        '/api/credits/balance/simple',
      );
      assert.deepEqual(balance.data, { available: 0, frozen: 0, total: 0 });
      const second = await client.chat(session, 'add a title Hello');
      assert.equal(second.status, 402);
      const body = JSON.parse(second.raw) as { code: number; data: { bind_id: string } };
      assert.equal(body.code, 2001);
      assert.match(body.data.bind_id, /^[0-9a-f-]{36}$/);
    } finally {
      await server.close();
    }
  });

  test('402: export blocked by plan policy (off by default)', async () => {
    const server = await serve({ exportRequiresPlan: true });
    try {
      const client = await new Client(server.url).login();
      const session = await client.session();
      const upload = await client.upload(session, [{ name: 'a.jpg', data: await jpeg(1, 64, 48) }]);
      const answer = await client.call('POST', '/api/render/proxy/lambda', {
        id: 'render_plan',
        sessionId: session,
        draft: tinyDraft([upload.data.files[0]!.uri]),
      });
      assert.equal(answer.status, 402);
      assert.equal(answer.code, 402);
      assert.ok((answer.data as { bind_id?: string }).bind_id);
      // Through chat the same policy answers in the stream, and nothing is queued.
      assert.equal((await client.chat(session, 'make a video')).status, 200);
      const chat = await client.chat(session, 'export');
      const last = chat.events.at(-1)!;
      assert.equal(last.errorCode, '402');
      assert.ok(last.actions.stateDelta.bind_id);
      assert.deepEqual((await client.state(session)).data.state.generated_media, []);
    } finally {
      await server.close();
    }
  });

  test('config file and environment', async () => {
    const dir = tempDir();
    const file = join(dir, 'joy.json');
    writeFileSync(file, JSON.stringify({ initialCredits: 7, chatCost: 2 }));
    const server = await serve({ configFile: file, env: { JOY_INITIAL_CREDITS: '9' } });
    try {
      assert.equal(server.config.initialCredits, 9, 'environment wins over the file');
      assert.equal(server.config.chatCost, 2);
      const client = await new Client(server.url).login();
      const balance = await client.call<{ available: number }>('GET', '/api/credits/balance/simple');
      assert.equal(balance.data.available, 9);
    } finally {
      await server.close();
    }
    writeFileSync(file, JSON.stringify({ chatCostt: 2 }));
    await assert.rejects(serve({ configFile: file }), /chatCostt/);
  });
});

test('the web studio is served at / when built; API routes and JSON 404s keep precedence', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'web'));
  writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Joy studio</title>');
  writeFileSync(join(dir, 'web', 'app.js'), 'console.log(1)');
  const server = await serve({ webRoot: join(dir, 'web') });
  try {
    const index = await fetch(`${server.url}/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await index.text(), /Joy studio/);
    assert.equal((await fetch(`${server.url}/app.js`)).status, 200);
    const health = await fetch(`${server.url}/health`);
    assert.equal(((await health.json()) as { code: number }).code, 0);
    const missing = await fetch(`${server.url}/missing.js`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: number }).code, 404);
  } finally {
    await server.close();
  }
});

test('a failed render says why', async () => {
  const server = await serve();
  try {
    const client = await new Client(server.url).login();
    const session = await client.session();
    const upload = await client.upload(session, [{ name: 'gone.jpg', data: await jpeg(1, 64, 48) }]);
    const noDraft = await client.call('POST', '/api/render/proxy/lambda', {
      id: 'render_nodraft',
      sessionId: session,
    });
    assert.equal(noDraft.status, 400);
    assert.match(noDraft.message, /no draft yet/);
    // The stored file disappears (disk trouble): the render fails with the renderer's own message.
    for (const name of readdirSync(join(server.dataDir, 'media')))
      rmSync(join(server.dataDir, 'media', name));
    await client.call('POST', '/api/render/proxy/lambda', {
      id: 'render_fail',
      sessionId: session,
      draft: tinyDraft([upload.data.files[0]!.uri]),
    });
    const failed = await client.waitForRender('render_fail');
    assert.equal(failed.status, 'failed');
    assert.ok(failed.error && failed.error.length > 10, failed.error);
    assert.doesNotMatch(failed.error, /^Internal error/);
  } finally {
    await server.close();
  }
});
