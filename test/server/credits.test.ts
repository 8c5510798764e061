import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, jpeg, serve } from './helpers.js';

test('50 parallel chats with cost 1 and 10 credits: exactly 10 succeed, balance 0, never negative', async () => {
  const server = await serve({ chatCost: 1, initialCredits: 10 });
  try {
    const client = await new Client(server.url).login();
    const photo = await jpeg(1, 64, 48);
    const sessions = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const session = await client.session();
        const upload = await client.upload(session, [{ name: 'a.jpg', data: photo }]);
        assert.equal(upload.code, 0);
        return session;
      }),
    );
    const balances: number[] = [];
    const watcher = setInterval(() => {
      void client
        .call<{ available: number; frozen: number }>('GET', '/api/credits/balance/simple')
        .then((b) => balances.push(b.data.available, b.data.frozen));
    }, 5);
    const answers = await Promise.all(sessions.map((session) => client.chat(session, 'make a video')));
    clearInterval(watcher);
    const ok = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 402);
    assert.equal(ok.length, 10);
    assert.equal(refused.length, 40);
    for (const answer of refused) assert.equal((JSON.parse(answer.raw) as { code: number }).code, 2001);
    for (const answer of ok)
      assert.ok(answer.events.some((event) => event.content.parts.some((part) => part.functionCall)));
    const balance = await client.call<{ available: number; frozen: number; total: number }>(
      'GET',
      '/api/credits/balance/simple',
    );
    assert.deepEqual(balance.data, { available: 0, frozen: 0, total: 0 });
    assert.ok(balances.every((value) => value >= 0));
  } finally {
    await server.close();
  }
});

test('a chat turn that finds the draft already so is not charged', async () => {
  const server = await serve({ chatCost: 1, initialCredits: 10 });
  try {
    const client = await new Client(server.url).login();
    const session = await client.session();
    assert.equal((await client.upload(session, [{ name: 'a.jpg', data: await jpeg(1, 64, 48) }])).code, 0);
    const balance = async () =>
      (await client.call<{ available: number }>('GET', '/api/credits/balance/simple')).data.available;
    assert.equal((await client.chat(session, 'make a video')).status, 200);
    assert.equal((await client.chat(session, 'make it 9:16')).status, 200);
    assert.equal(await balance(), 8, 'two edits, two credits');
    assert.equal((await client.chat(session, 'make it 9:16')).status, 200);
    assert.equal(await balance(), 8, 'nothing changed, nothing spent');
  } finally {
    await server.close();
  }
});
