import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ResolvedAddress } from '../../src/server/net-guard.js';
import { isPublicAddress } from '../../src/server/net-guard.js';
import { Client, jpeg, noisyJpeg, poll, serve } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An HTTP listener that counts every TCP connection it receives. */
async function listener(
  host: string,
  handler: Parameters<typeof createServer>[1] = (_req, res) => res.end('x'),
) {
  const server = createServer(handler);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    port,
    get connections() {
      return connections;
    },
    close: () => new Promise<void>((resolve) => (server as Server).close(() => resolve())),
  };
}

describe('multipart uploads', () => {
  test('an upload aborted half-way leaves no file and does not disturb earlier uploads; it streams to disk', async () => {
    const server = await serve();
    try {
      const client = await new Client(server.url).login();
      const session = await client.session();
      const first = await client.upload(session, [
        { name: 'one.jpg', data: await jpeg(1) },
        { name: 'two.jpg', data: await jpeg(2) },
      ]);
      assert.equal(first.code, 0);
      const mediaDir = join(server.dataDir, 'media');
      const before = readdirSync(mediaDir).sort();
      const contents = before.map((name) => readFileSync(join(mediaDir, name)));

      // A raw client: headers for a 2 MB body, one part with 600 kB of it, then the socket is destroyed.
      const boundary = '----joyabort';
      const photo = await noisyJpeg(1200, 900);
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;
      const url = new URL(server.url);
      const socket = connect(Number(url.port), url.hostname);
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(
        [
          `POST /api/upload-video/nemo_agent/me/${session} HTTP/1.1`,
          `Host: ${url.host}`,
          `Authorization: Bearer ${client.token}`,
          `Content-Type: multipart/form-data; boundary=${boundary}`,
          'Content-Length: 2000000',
          '',
          '',
        ].join('\r\n'),
      );
      socket.write(head);
      socket.write(photo.subarray(0, 600_000));
      // The part is being written to a temporary file while the request is still open (streamed, not buffered).
      const tmpDir = join(server.dataDir, 'tmp', 'uploads');
      await poll(
        async () => (existsSync(tmpDir) ? readdirSync(tmpDir) : []),
        (files) => files.length === 1,
        5000,
        10,
      );
      socket.destroy();

      await poll(
        async () => (existsSync(tmpDir) ? readdirSync(tmpDir) : []),
        (files) => files.length === 0,
        5000,
        20,
      );
      await sleep(100);
      assert.deepEqual(readdirSync(mediaDir).sort(), before, 'no new file in media/');
      for (const [index, name] of before.entries())
        assert.deepEqual(readFileSync(join(mediaDir, name)), contents[index]);
      const state = await client.state(session);
      assert.deepEqual(
        state.data.state.video_infos.map((info) => info.name),
        ['one.jpg', 'two.jpg'],
      );
      // And the service still takes uploads.
      const third = await client.upload(session, [{ name: 'three.jpg', data: await jpeg(3) }]);
      assert.equal(third.code, 0);
    } finally {
      await server.close();
    }
  });
});

describe('URL uploads (SSRF)', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let loopback: Awaited<ReturnType<typeof listener>>;
  let loopback6: Awaited<ReturnType<typeof listener>> | undefined;
  let client: Client;
  let session: string;
  const resolver = async (host: string): Promise<ResolvedAddress[]> => {
    if (host === 'photos.example.com') return [{ address: '127.0.0.1', family: 4 }];
    if (host === 'mixed.example.com')
      return [
        { address: '93.184.215.14', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ];
    if (host === 'v6.example.com') return [{ address: '::ffff:127.0.0.1', family: 6 }];
    if (host === 'metadata.example.com') return [{ address: '169.254.169.254', family: 4 }];
    throw new Error(`ENOTFOUND ${host}`);
  };
  before(async () => {
    loopback = await listener('127.0.0.1');
    loopback6 = await listener('::1').catch(() => undefined);
    server = await serve({ resolver });
    client = await new Client(server.url).login();
    session = await client.session();
  });
  after(async () => {
    await server.close();
    await loopback.close();
    await loopback6?.close();
  });

  test('private, loopback, link-local and mapped addresses are refused before any connection', async () => {
    const port = loopback.port;
    const urls = [
      `http://127.0.0.1:${port}/photo.jpg`,
      `http://localhost:${port}/photo.jpg`,
      `http://10.0.0.1:${port}/photo.jpg`,
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${loopback6?.port ?? port}/photo.jpg`,
      `http://[::ffff:127.0.0.1]:${port}/photo.jpg`,
      `http://[::ffff:7f00:1]:${port}/photo.jpg`,
      `http://0.0.0.0:${port}/photo.jpg`,
      `http://photos.example.com:${port}/photo.jpg`,
      `http://mixed.example.com:${port}/photo.jpg`,
      `http://v6.example.com:${port}/photo.jpg`,
      'http://metadata.example.com/latest/meta-data/',
      `http://192.168.1.1:${port}/`,
      `http://172.16.0.1:${port}/`,
      `http://100.64.0.1:${port}/`,
      `http://[fc00::1]:${port}/`,
      `http://[fe80::1]:${port}/`,
      `http://224.0.0.1:${port}/`,
      'file:///etc/passwd',
      `ftp://127.0.0.1:${port}/photo.jpg`,
      `http://user:pass@127.0.0.1:${port}/photo.jpg`,
    ];
    for (const url of urls) {
      const started = Date.now();
      const answer = await client.call('POST', `/api/upload-video/nemo_agent/me/${session}`, {
        urls: [url],
        source_type: 'url',
      });
      assert.equal(answer.status, 400, `${url}: ${answer.message}`);
      assert.equal(answer.code, 400);
      assert.match(answer.message, /Refused|Cannot resolve/, url);
      assert.ok(Date.now() - started < 2000, `${url} refused at once`);
    }
    await sleep(100);
    assert.equal(loopback.connections, 0, 'no connection reached the loopback listener');
    assert.equal(loopback6?.connections ?? 0, 0, 'no connection reached the ::1 listener');
    assert.equal((await client.state(session)).data.state.video_infos.length, 0);
  });

  test('the address policy', () => {
    for (const ip of ['8.8.8.8', '93.184.215.14', '2606:4700::1111', '::ffff:8.8.8.8'])
      assert.ok(isPublicAddress(ip), ip);
    for (const ip of [
      '127.0.0.1',
      '127.255.0.1',
      '10.1.2.3',
      '172.31.255.255',
      '192.168.0.1',
      '100.64.0.1',
      '100.127.255.255',
      '169.254.169.254',
      '0.0.0.0',
      '255.255.255.255',
      '224.0.0.251',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:a9fe:a9fe',
      '64:ff9b::127.0.0.1',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1%eth0',
      'ff02::1',
      '2001:db8::1',
      'not-an-ip',
    ]) {
      assert.equal(isPublicAddress(ip), false, ip);
    }
  });
});

describe('URL uploads that are allowed', () => {
  // 127.0.0.2 plays a public host here: the policy allows exactly that address, nothing else.
  const PUBLIC = '127.0.0.2';
  let origin: Awaited<ReturnType<typeof listener>>;
  let forbidden: Awaited<ReturnType<typeof listener>>;
  let server: Awaited<ReturnType<typeof serve>>;
  let client: Client;
  let session: string;
  let photo: Buffer;
  before(async () => {
    photo = await jpeg(5);
    forbidden = await listener('127.0.0.1');
    origin = await listener(PUBLIC, (req, res) => {
      const base = `http://${PUBLIC}:${origin.port}`;
      const redirect = (to: string) => {
        res.writeHead(302, { location: to });
        res.end();
      };
      if (req.url === '/photo.jpg') res.end(photo);
      else if (req.url === '/named') {
        res.writeHead(200, { 'content-disposition': 'attachment; filename="beach.jpg"' });
        res.end(photo);
      } else if (req.url === '/hop1') redirect('/hop2');
      else if (req.url === '/hop2') redirect(`${base}/hop3`);
      else if (req.url === '/hop3') redirect('/photo.jpg');
      else if (req.url === '/loop') redirect('/hop1');
      else if (req.url === '/evil') redirect(`http://127.0.0.1:${forbidden.port}/photo.jpg`);
      else if (req.url === '/evil-name') redirect(`http://photos.example.com:${forbidden.port}/photo.jpg`);
      else if (req.url === '/pdf') res.end('%PDF-1.4\n%%EOF\n');
      else if (req.url === '/big') {
        res.writeHead(200); // no content-length: counted while streaming
        const chunk = Buffer.alloc(64 * 1024, 1);
        let sent = 0;
        const push = () => {
          while (sent < 3_000_000) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        push();
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    server = await serve({
      maxFileMb: 1,
      isAllowedAddress: (ip) => ip === PUBLIC,
      resolver: async (host) => {
        if (host === 'cdn.example.com') return [{ address: PUBLIC, family: 4 }];
        if (host === 'photos.example.com') return [{ address: '127.0.0.1', family: 4 }];
        throw new Error(`ENOTFOUND ${host}`);
      },
    });
    client = await new Client(server.url).login();
    session = await client.session();
  });
  after(async () => {
    await server.close();
    await origin.close();
    await forbidden.close();
  });

  const upload = (urls: string[]) =>
    client.call<{ files: { name: string; kind: string; width: number; url: string }[] }>(
      'POST',
      `/api/upload-video/nemo_agent/me/${session}`,
      {
        urls,
        source_type: 'url',
      },
    );

  test('fetched through the pinned address, probed and stored; redirects followed up to 3', async () => {
    const answer = await upload([
      `http://cdn.example.com:${origin.port}/photo.jpg`,
      `http://${PUBLIC}:${origin.port}/hop1`,
      `http://${PUBLIC}:${origin.port}/named`,
    ]);
    assert.equal(answer.code, 0, answer.message);
    assert.deepEqual(
      answer.data.files.map((file) => [file.name, file.kind, file.width]),
      [
        ['photo.jpg', 'image', 320],
        ['photo.jpg', 'image', 320],
        ['beach.jpg', 'image', 320],
      ],
    );
    const back = Buffer.from(await (await fetch(answer.data.files[0]!.url)).arrayBuffer());
    assert.deepEqual(back, photo);
  });

  test('a redirect to a private address is refused and never connected; too many redirects; size and type', async () => {
    for (const path of ['/evil', '/evil-name']) {
      const answer = await upload([`http://${PUBLIC}:${origin.port}${path}`]);
      assert.equal(answer.status, 400, path);
      assert.match(answer.message, /Refused/);
    }
    assert.equal(forbidden.connections, 0);
    const loop = await upload([`http://${PUBLIC}:${origin.port}/loop`]);
    assert.equal(loop.status, 400);
    assert.match(loop.message, /more than 3 redirects/);
    const big = await upload([`http://${PUBLIC}:${origin.port}/big`]);
    assert.equal(big.status, 413);
    assert.equal(big.code, 4002);
    const pdf = await upload([`http://${PUBLIC}:${origin.port}/pdf`]);
    assert.equal(pdf.status, 415);
    assert.equal(pdf.code, 4001);
    const missing = await upload([`http://${PUBLIC}:${origin.port}/nope.jpg`]);
    assert.equal(missing.status, 400);
    assert.match(missing.message, /404/);
    assert.deepEqual(readdirSync(join(server.dataDir, 'tmp', 'uploads')), []);
  });
});
