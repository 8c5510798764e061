import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { isPublicAddress } from '../../src/server/net-guard.js';
import { Client, jpeg, serve, tempDir } from '../server/helpers.js';

/**
 * Fuzzing the two ways strangers name things: file names (multipart names, a URL's path, its
 * Content-Disposition) and URLs (and where they redirect, and what their names resolve to). Each test
 * aims at one bug class and fails when the guard that stops it is taken out (see each test's note):
 *
 * - names with traversal, NUL, separators or look-alike Unicode never reach a disk path: every file
 *   the service keeps is under a name it made, inside its data folder;
 * - a URL never reaches a private address: not directly in any spelling (decimal, octal, hex, short
 *   IPv4, IPv4-mapped IPv6, 0.0.0.0), not through a redirect, not through a name that resolves to
 *   loopback, and not through a second DNS answer (the connection goes to the address that was checked).
 *
 * On this machine 127.0.0.2 stands in for a public host: the address policy allows it and what
 * isPublicAddress allows, nothing else. The "private" target is a listener on 127.0.0.1 (and ::1) at the
 * same port as the stand-in, counting every connection: it must see none.
 */

interface Listener {
  server: Server;
  connections: number;
}

function listen(host: string, port: number, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  return new Promise<Listener>((resolve, reject) => {
    const entry: Listener = { server: createServer(handler), connections: 0 };
    entry.server.on('connection', () => entry.connections++);
    entry.server.once('error', reject);
    entry.server.listen(port, host, () => resolve(entry));
  });
}

const STAND_IN = '127.0.0.2';
/** DNS as the tests want it: names a stranger controls may point anywhere. */
const NAMES: Record<string, string[]> = {
  'origin.test': [STAND_IN],
  // What the system says of "localhost" is 127.0.0.1 / ::1; this resolver says the stand-in. A fetch
  // that connects to the checked address reaches the stand-in; one that resolves the name again
  // (a rebinding DNS's second answer) reaches the private listener.
  localhost: [STAND_IN],
  'loop.test': ['127.0.0.1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'zero.test': ['0.0.0.0'],
  'six.test': ['::1'],
  'mixed.test': [STAND_IN, '127.0.0.1'],
};

let root: string;
let port: number;
let privateV4: Listener;
let privateV6: Listener | undefined;
let origin: Listener;
let server: Awaited<ReturnType<typeof serve>>;
let client: Client;
let session: string;
let photo: Buffer;

const privateConnections = () => privateV4.connections + (privateV6?.connections ?? 0);

before(async () => {
  photo = await jpeg(5, 48, 32);
  privateV4 = await listen('127.0.0.1', 0, (_req, res) => res.end(photo));
  port = (privateV4.server.address() as AddressInfo).port;
  privateV6 = await listen('::1', port, (_req, res) => res.end(photo)).catch(() => undefined);
  origin = await listen(STAND_IN, port, (req, res) => {
    const url = new URL(req.url ?? '/', `http://${STAND_IN}:${port}`);
    if (url.pathname === '/redirect') {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end();
    } else if (url.pathname === '/named') {
      // Sent as raw UTF-8 bytes, as real servers do (HTTP headers are bytes, not JavaScript strings).
      const cd = Buffer.from(url.searchParams.get('cd') ?? '', 'utf8').toString('latin1');
      res.writeHead(200, { 'content-disposition': cd }).end(photo);
    } else res.end(photo); // any other path (dot segments may have folded it to "/") is the photo
  });
  root = tempDir('joy-fuzz-');
  server = await serve({
    dataDir: join(root, 'data'),
    urlMaxRedirects: 3,
    urlTimeoutMs: 5000,
    resolver: async (host) =>
      (NAMES[host] ?? ['127.0.0.1']).map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    isAllowedAddress: (ip) => ip === STAND_IN || isPublicAddress(ip),
  });
  client = await new Client(server.url).login();
  session = await client.session();
});
after(async () => {
  await server.close();
  for (const listener of [privateV4, privateV6, origin]) {
    listener?.server.closeAllConnections();
    await new Promise((resolve) => listener?.server.close(resolve));
  }
});

/** Every file under the test's root: only the service's own, under names it made, inside its data folder. */
function onlyJoysFiles(): void {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(root, path)];
    });
  for (const file of walk(root)) {
    assert.match(
      file,
      /^data\/(joy\.db(-wal|-shm|-journal)?|url-secret|media\/m_[\w-]+\.[a-z0-9]+|thumbs\/m_[\w-]+\.jpg)$/,
      `a file the service did not name: ${JSON.stringify(file)}`,
    );
  }
}

/**
 * A name as shown back (and as clients save files): text with no path separators, NUL, control
 * characters or bidirectional overrides, at most 255 characters.
 */
function plainName(name: string, context: string): void {
  assert.ok(name.length > 0 && name.length <= 255, `${context}: length ${name.length}`);
  assert.doesNotMatch(
    name,
    /[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
    `${context}: ${JSON.stringify(name)}`,
  );
}

/** File names made of the pieces that break naive path handling. */
const hostileName = fc.oneof(
  fc
    .array(
      fc.constantFrom(
        '..',
        '.',
        '/',
        '\\',
        '\0',
        '%2e%2e',
        '%2f',
        '%00',
        '\u202e', // right-to-left override: "gpj.exe" shows as "exe.jpg"
        '\uff0f', // fullwidth solidus, "/" after NFKC
        '\uff0e', // fullwidth full stop
        '\u2215', // division slash
        'e\u0301', // é, decomposed
        'C:',
        '~',
        'joy.db',
        'media',
        'photo',
        '.jpg',
        '😀',
        ' ',
        '\r\n',
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('file names never reach a disk path', () => {
  // Guards: uploads.ts stores each file as media/<id>.<sniffed format> (taken out — stored under the
  // client's name — files appear outside media/ or under names Joy did not make), and displayName
  // makes the name plain text (taken out, NUL, controls and bidi overrides come back). Either fails it.
  test('multipart file names: stored under Joy’s names only; the name comes back as plain text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        const answer = await client.upload(session, [{ name, data: photo }]);
        onlyJoysFiles();
        if (answer.code === 400) {
          // A part with no usable file name is a form field, not a file: said so, nothing kept.
          assert.match(answer.message, /No file/, `${JSON.stringify(name)}: ${answer.message}`);
          return;
        }
        assert.equal(answer.code, 0, `${JSON.stringify(name)}: ${answer.message}`);
        const stored = answer.data.files[0]!;
        plainName(stored.name, `multipart ${JSON.stringify(name)}`);
        assert.match(stored.url, /\/media\/assets\/m_[\w-]+\?exp=/);
      }),
      { numRuns: 60 },
    );
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
  });

  // Guard: uploads.ts displayName, applied to names from Content-Disposition and the URL path too.
  // Taken out, a name like "../../joy.db" or one with NUL is kept as such, and this test fails.
  test('names from a URL (Content-Disposition, encoded path): plain text, never a path', async () => {
    const disposition = hostileName.chain((name) =>
      fc.constantFrom(
        // The quoted form cannot carry quotes or bytes a header refuses; the encoded form carries anything.
        `attachment; filename="${name.replace(/["\u0000-\u0008\u000a-\u001f\u007f]/g, '')}"`,
        `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          disposition.map((cd) => `http://origin.test:${port}/named?cd=${encodeURIComponent(cd)}`),
          hostileName.map((name) => `http://origin.test:${port}/file/${encodeURIComponent(name)}`),
        ),
        async (url) => {
          const answer = await client.call<{ files: { name: string }[] }>(
            'POST',
            `/api/upload-video/nemo_agent/me/${session}`,
            { urls: [url], source_type: 'url' },
          );
          onlyJoysFiles();
          assert.equal(answer.code, 0, `${url}: ${answer.message}`);
          plainName(answer.data.files[0]!.name, url);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Spellings of the private listener's address (and of "this host") that URL parsers accept. */
const privateSpellings = (): string[] => [
  `127.0.0.1:${port}`,
  `127.1:${port}`,
  `2130706433:${port}`, // decimal
  `0x7f000001:${port}`, // hex
  `0x7f.0.0.1:${port}`,
  `0177.0.0.1:${port}`, // octal
  `017700000001:${port}`,
  `0.0.0.0:${port}`, // "this host": connects to loopback listeners
  `0:${port}`,
  `[::1]:${port}`,
  `[::]:${port}`,
  `[::ffff:127.0.0.1]:${port}`, // IPv4-mapped IPv6
  `[::ffff:7f00:1]:${port}`,
  `[0:0:0:0:0:ffff:127.0.0.1]:${port}`,
  `[::FFFF:7F00:0001]:${port}`,
  `loop.test:${port}`, // names that resolve to private addresses
  `mapped.test:${port}`,
  `zero.test:${port}`,
  `six.test:${port}`,
  `mixed.test:${port}`,
  `LOOP.test.:${port}`,
];

async function uploadUrl(url: string) {
  return client.call<{ files: { name: string }[] }>('POST', `/api/upload-video/nemo_agent/me/${session}`, {
    urls: [url],
    source_type: 'url',
  });
}

describe('URLs never reach a private address', () => {
  // Guard: net-guard.ts's blocked ranges (127/8, 0/8, …, and only global unicast IPv6) with checkUrl
  // resolving names and checking every address. Taken out (e.g. 0.0.0.0/8 dropped from the list), the
  // private listener is contacted and this test fails.
  test('any spelling of a private address, or a name resolving to one: 4xx, never contacted', async () => {
    const before = privateConnections();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...privateSpellings()),
        fc.constantFrom('http', 'https', 'HTTP'),
        fc.constantFrom('/a.jpg', '/file/x', '/?q=1', '/#frag'),
        async (host, scheme, path) => {
          const url = `${scheme}://${host}${path}`;
          const answer = await uploadUrl(url);
          assert.ok(
            answer.status >= 400 && answer.status < 500,
            `${url}: ${answer.status} ${answer.message}`,
          );
          assert.equal(privateConnections(), before, `${url} reached the private listener`);
        },
      ),
      { numRuns: 60 },
    );
  });

  // Guard: fetchUrlToFile follows redirects itself and checks each hop like the first. Taken out
  // (redirects followed without the check), the redirect reaches the private listener and this fails.
  test('redirects (chains too) to any private spelling are refused and never followed', async () => {
    // The stand-in is reachable through a redirect: the refusals below are about where they lead.
    const fine = await uploadUrl(
      `http://origin.test:${port}/redirect?to=${encodeURIComponent(`http://origin.test:${port}/ok.jpg`)}`,
    );
    assert.equal(fine.code, 0, fine.message);
    const before = privateConnections();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...privateSpellings()),
        fc.integer({ min: 0, max: 2 }),
        async (host, extraHops) => {
          let url = `http://${host}/a.jpg`;
          for (let hop = 0; hop <= extraHops; hop++)
            url = `http://origin.test:${port}/redirect?to=${encodeURIComponent(url)}`;
          const answer = await uploadUrl(url);
          assert.ok(
            answer.status >= 400 && answer.status < 500,
            `${url}: ${answer.status} ${answer.message}`,
          );
          assert.equal(privateConnections(), before, `${host} reached through ${extraHops + 1} redirects`);
        },
      ),
      { numRuns: 40 },
    );
  });

  // Guard: the connection goes to the address that was checked (url-fetch.ts pinnedAgent), never to a
  // second DNS answer. Taken out (connect by name), "localhost" is resolved again by the system, the
  // fetch reaches 127.0.0.1 or ::1 instead of the checked stand-in, and this test fails.
  test('the connection goes to the checked address, not to a second DNS answer', async () => {
    const before = privateConnections();
    const servedBefore = origin.connections;
    for (const path of ['/a.jpg', `/file/${randomUUID()}`]) {
      const answer = await uploadUrl(`http://localhost:${port}${path}`);
      assert.equal(answer.code, 0, answer.message);
    }
    assert.equal(privateConnections(), before, 'a second DNS answer was used');
    assert.ok(origin.connections > servedBefore, 'the checked address served it');
  });

  test('any string as a URL: a 4xx answer with a message, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.constantFrom(
            'file:///etc/passwd',
            `ftp://127.0.0.1:${port}/a.jpg`,
            `gopher://127.0.0.1:${port}/_GET`,
            'data:image/png;base64,iVBORw0KGgo=',
            `http://user:pw@origin.test:${port}/a.jpg`,
            `http://127.0.0.1:${port}#@origin.test/`,
            `http://origin.test:${port}@127.0.0.1:${port}/`,
            'http://[::1',
            'http://%31%32%37.0.0.1/',
          ),
        ),
        async (url) => {
          const answer = await uploadUrl(url);
          if (answer.code === 0) return; // a string that happens to be the stand-in's photo
          assert.ok(
            answer.status >= 400 && answer.status < 500,
            `${url}: ${answer.status} ${answer.message}`,
          );
          assert.ok(answer.message.length > 0);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('address classification', () => {
  const BLOCKED_V4: [string, number][] = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.88.99.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ];
  const toInt = (ip: string) => ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
  const toDotted = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  const hex16 = (n: number) => [(n >>> 16).toString(16), (n & 0xffff).toString(16)];
  const inBlocked = fc
    .constantFrom(...BLOCKED_V4)
    .chain(([base, bits]) =>
      fc.integer({ min: 0, max: 2 ** (32 - bits) - 1 }).map((offset) => (toInt(base) + offset) >>> 0),
    );
  /** The spellings of one IPv4 address a resolver or a URL may hand over. */
  const spellings = (n: number): string[] => {
    const [high, low] = hex16(n);
    return [
      toDotted(n),
      `::ffff:${toDotted(n)}`,
      `::ffff:${high}:${low}`,
      `0:0:0:0:0:ffff:${toDotted(n)}`,
      `::FFFF:${high!.toUpperCase()}:${low!.toUpperCase()}`,
      `[::ffff:${toDotted(n)}]`,
      `64:ff9b::${toDotted(n)}`,
      `2002:${high}:${low}::1`, // 6to4 wraps any IPv4
    ];
  };

  // Guard: net-guard.ts's tables. Taking out any one range (or the 6to4 block) makes some address
  // in it, in some spelling, public, and this fails.
  test('every address in a blocked IPv4 range is refused in every spelling', () => {
    fc.assert(
      fc.property(inBlocked, (n) => {
        for (const ip of spellings(n)) assert.equal(isPublicAddress(ip), false, ip);
      }),
      { numRuns: 2000 },
    );
  });

  test('non-global IPv6 is refused, whatever its spelling; global unicast outside the special blocks is allowed', () => {
    const group = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
    const tail = fc.array(group, { minLength: 1, maxLength: 3 }).map((groups) => groups.join(':'));
    const nonGlobal = fc.oneof(
      tail.map((rest) => `fd00::${rest}`),
      tail.map((rest) => `fc12::${rest}`),
      tail.map((rest) => `fe80::${rest}%eth0`),
      tail.map((rest) => `FE80::${rest.toUpperCase()}`),
      tail.map((rest) => `ff02::${rest}`),
      tail.map((rest) => `2001:db8::${rest}`),
      tail.map((rest) => `2001:0:${rest}::1`), // Teredo
      fc.constantFrom('::', '::1', '0:0:0:0:0:0:0:1', '[::1]', '::0.0.0.1', '3fff::1'),
    );
    fc.assert(
      fc.property(nonGlobal, (ip) => assert.equal(isPublicAddress(ip), false, ip)),
      { numRuns: 500 },
    );
    // The control: the guard is a list, not "refuse everything".
    const publicV4 = fc
      .integer({ min: 0, max: 2 ** 32 - 1 })
      .filter(
        (n) =>
          !BLOCKED_V4.some(
            ([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(toInt(base) / 2 ** (32 - bits)),
          ),
      );
    fc.assert(
      fc.property(publicV4, (n) => {
        assert.equal(isPublicAddress(toDotted(n)), true, toDotted(n));
        assert.equal(isPublicAddress(`::ffff:${toDotted(n)}`), true, `::ffff:${toDotted(n)}`);
      }),
      { numRuns: 500 },
    );
    assert.equal(isPublicAddress('2606:4700::1111'), true);
  });
});
