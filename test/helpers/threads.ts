import assert from 'node:assert/strict';
import { CompositePool } from '../../src/render/composite-pool.js';
import { Compositor } from '../../src/render/compositor.js';
import { createFrame, frameByteLength } from '../../src/render/frame.js';
import type { FrameRenderer } from '../../src/render/frame-renderer.js';

/** Composes each frame in compositing threads and locally, and requires the bytes to be equal. */
export async function assertThreadsMatchLocal(
  renderer: FrameRenderer,
  frames: readonly number[],
): Promise<void> {
  const local = new Compositor(renderer.width, renderer.height);
  const pool = new CompositePool(renderer.width, renderer.height, 2);
  try {
    for (const n of frames) {
      const plan = await renderer.plan(n);
      const expected = local.compose(plan, createFrame(renderer.width, renderer.height)).data;
      const shared = createFrame(
        renderer.width,
        renderer.height,
        new SharedArrayBuffer(frameByteLength(renderer.width, renderer.height)),
      );
      await pool.compose(plan, shared);
      assert.deepEqual(shared.data, expected, `frame ${n}`);
    }
  } finally {
    await pool.close();
  }
}
