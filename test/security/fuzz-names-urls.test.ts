import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { Client, jpeg, serve } from '../server/helpers.js';
import { type Canary, startCanary } from './crafted-files.js';

type Server = Awaited<ReturnType<typeof serve>>;

let server: Server;
let canary: Canary;
let client: Client;
let session: string;
let photo: Buffer;

before(async () => {
  canary = await startCanary();
  // Every name resolves to loopback, as a rebinding DNS server would answer.
  server = await serve({ resolver: async () => [{ address: '127.0.0.1', family: 4 }] });
  client = await new Client(server.url).login();
  session = await client.session();
  photo = await jpeg(5, 48, 32);
});
after(async () => {
  await server.close();
  await canary.close();
});

/** Every file the server keeps sits directly in media/ under a name it chose itself. */
function storedNamesAreJoys(): void {
  for (const name of readdirSync(join(server.dataDir, 'media'))) {
    assert.match(name, /^m_[\w-]+\.[a-z0-9]+$/, `stored as ${name}`);
  }
}

test('any file name: the photo is stored under Joy’s own name and the name comes back as text', async () => {
  const names = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.constantFrom(
      '../../etc/passwd',
      '..\\..\\joy.db',
      '/abs/path.jpg',
      'a\0b.jpg',
      'CON.jpg',
      '%2e%2e%2fjoy.db',
      'photo.jpg\r\nX-Injected: 1',
      '"; filename="x.php',
      '😀'.repeat(200),
    ),
  );
  await fc.assert(
    fc.asyncProperty(names, async (name) => {
      const answer = await client.upload(session, [{ name, data: photo }]);
      if (name === '') {
        // A part without a file name is a form field, not a file: the answer says what to send.
        assert.equal(answer.code, 400);
        assert.match(answer.message, /No file/);
        return;
      }
      assert.equal(answer.code, 0, `${JSON.stringify(name)}: ${answer.message}`);
      const stored = answer.data.files[0]!;
      assert.ok(stored.name.length <= 255);
      assert.match(stored.url, /\/media\/assets\/m_/);
      storedNamesAreJoys();
    }),
    { numRuns: 40 },
  );
  assert.equal((await fetch(`${server.url}/health`)).status, 200);
});

test('any URL: refused with a 4xx answer, never a 500, and nothing local is ever contacted', async () => {
  const port = new URL(canary.url).port;
  const local = fc.constantFrom(
    `http://127.0.0.1:${port}/a.jpg`,
    `http://localhost:${port}/a.jpg`,
    `http://[::1]:${port}/a.jpg`,
    `http://[::ffff:127.0.0.1]:${port}/a.jpg`,
    `http://2130706433:${port}/a.jpg`,
    `http://0x7f000001:${port}/a.jpg`,
    `http://0177.0.0.1:${port}/a.jpg`,
    `http://127.1:${port}/a.jpg`,
    `http://user@127.0.0.1:${port}/a.jpg`,
    `file:///etc/passwd`,
    `ftp://127.0.0.1:${port}/a.jpg`,
    `gopher://127.0.0.1:${port}/_GET`,
    `data:image/png;base64,iVBORw0KGgo=`,
    `http://127.0.0.1:${port}#@example.com/`,
  );
  const urls = fc.oneof(
    local,
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string({ maxLength: 200 }),
  );
  const before = canary.connections();
  await fc.assert(
    fc.asyncProperty(urls, async (url) => {
      const answer = await client.call('POST', `/api/upload-video/nemo_agent/me/${session}`, {
        urls: [url],
        source_type: 'url',
      });
      assert.ok(answer.status >= 400 && answer.status < 500, `${url}: ${answer.status} ${answer.message}`);
      assert.ok(answer.message.length > 0);
    }),
    { numRuns: 40 },
  );
  assert.equal(canary.connections(), before, 'a refused URL was contacted');
  assert.equal((await fetch(`${server.url}/health`)).status, 200);
});
