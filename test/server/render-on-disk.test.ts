import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { queueUnavailable, type RenderJob, type RenderQueue } from '../../src/jobs/types.js';
import { RenderService } from '../../src/server/renders.js';
import type { RenderRecord, Sessions } from '../../src/server/sessions.js';

const record: RenderRecord = {
  accountId: 'a1',
  id: 'render_1',
  sessionId: 's1',
  jobId: 'r_abc',
  hash: 'h',
  draftVersion: 3,
  createdAt: 1_700_000_000_000,
};

function service(dataDir: string, get: RenderQueue['get']): RenderService {
  const queue = { get } as unknown as RenderQueue;
  return new RenderService({ render: () => record } as unknown as Sessions, queue, {
    dataDir,
    exportRequiresPlan: false,
  });
}

test('a finished video on disk stays a completed render when the queue forgot it or cannot answer', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'joy-render-disk-'));
  try {
    const forgot = service(dataDir, async () => undefined);
    const down = service(dataDir, async () => {
      throw queueUnavailable();
    });
    // Nothing on disk: the queue's own answer (unknown, or nothing known).
    assert.equal(await forgot.jobOf(record), undefined);
    assert.equal(await down.jobOf(record), null);
    // Asked about by id, a render the queue cannot answer for is "unavailable" (503), not "no such render".
    await assert.rejects(
      down.status({ id: 'a1' } as never, 'render_1'),
      (error: { code?: string }) => error.code === 'unavailable',
    );

    mkdirSync(join(dataDir, 'renders'), { recursive: true });
    writeFileSync(join(dataDir, 'renders', 'r_abc.mp4'), Buffer.alloc(64));
    for (const renders of [forgot, down]) {
      const job = (await renders.jobOf(record)) as RenderJob;
      assert.equal(job.state, 'completed');
      assert.equal(job.output, join('renders', 'r_abc.mp4'));
      assert.equal(job.sessionId, 's1');
    }

    // A job the queue knows is its answer, whatever is on disk.
    const live: RenderJob = { ...(await forgot.jobOf(record))!, state: 'rendering', progress: 0.4 };
    assert.equal((await service(dataDir, async () => live).jobOf(record))?.state, 'rendering');
    // Any other failure of the queue is not hidden.
    await assert.rejects(
      service(dataDir, async () => {
        throw new Error('boom');
      }).jobOf(record),
      /boom/,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
