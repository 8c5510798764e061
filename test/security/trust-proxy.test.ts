import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { loadConfig } from '../../src/server/config.js';
import type { StartServerOptions } from '../../src/server/index.js';
import { serve } from '../server/helpers.js';

/**
 * The per-address limit on anonymous tokens counts the client's address. By default that is the
 * socket's peer, whatever X-Forwarded-For says (a stranger must not dodge the limit by inventing
 * addresses); with `trustProxy` set, the address a trusted proxy forwarded is counted instead.
 */
async function tokenStatuses(options: StartServerOptions, forwardedFor: string[]): Promise<number[]> {
  const server = await serve({ tokensPerAddress: 2, ...options });
  try {
    const statuses: number[] = [];
    for (const address of forwardedFor) {
      const answer = await fetch(`${server.url}/api/auth/anonymous-token`, {
        method: 'POST',
        headers: { 'x-client-id': randomUUID(), 'x-forwarded-for': address },
      });
      statuses.push(answer.status);
    }
    return statuses;
  } finally {
    await server.close();
  }
}

const INVENTED = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4'];

test('by default X-Forwarded-For is ignored: invented addresses do not dodge the per-address limit', async () => {
  assert.deepEqual(await tokenStatuses({}, INVENTED), [200, 200, 429, 429]);
});

test('with trustProxy (hops or the proxy’s address), the forwarded client address is counted', async () => {
  for (const trustProxy of [1, '127.0.0.1', '127.0.0.0/8,::1'] as const) {
    // Four clients behind the proxy each get their token …
    assert.deepEqual(await tokenStatuses({ trustProxy }, INVENTED), [200, 200, 200, 200], String(trustProxy));
    // … and one client behind it is still limited.
    assert.deepEqual(
      await tokenStatuses({ trustProxy }, ['198.51.100.7', '198.51.100.7', '198.51.100.7']),
      [200, 200, 429],
      String(trustProxy),
    );
  }
  // A proxy list that does not name the actual peer is not believed.
  assert.deepEqual(await tokenStatuses({ trustProxy: '10.1.2.3' }, INVENTED), [200, 200, 429, 429]);
});

test('JOY_TRUST_PROXY reads as off, a hop count, or proxy addresses; anything else is refused by name', () => {
  const read = (value: string) => loadConfig({ env: { JOY_TRUST_PROXY: value } }).trustProxy;
  assert.equal(loadConfig({ env: {} }).trustProxy, false);
  assert.equal(read('false'), false);
  assert.equal(read('0'), false);
  assert.equal(read('2'), 2);
  assert.deepEqual(read('10.0.0.1, 192.168.0.0/16,fd00::/8'), ['10.0.0.1', '192.168.0.0/16', 'fd00::/8']);
  assert.throws(() => read('my-proxy'), /trustProxy.*my-proxy/);
  assert.throws(() => read('10.0.0.0/33'), /trustProxy/);
});
