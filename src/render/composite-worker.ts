import { parentPort } from 'node:worker_threads';
import { Compositor } from './compositor.js';
import { createFrame } from './frame.js';
import { fromMessage, type PlanMessage } from './plan-message.js';

/** A compositing thread: composes planned frames straight into shared output buffers. */
interface ComposeRequest {
  id: number;
  plan: PlanMessage;
  width: number;
  height: number;
  out: { buffer: SharedArrayBuffer; byteOffset: number };
}

const compositors = new Map<string, Compositor>();

parentPort!.on('message', (request: ComposeRequest) => {
  try {
    const key = `${request.width}x${request.height}`;
    let compositor = compositors.get(key);
    if (!compositor) {
      compositor = new Compositor(request.width, request.height);
      compositors.set(key, compositor);
    }
    const out = createFrame(request.width, request.height, request.out.buffer, request.out.byteOffset);
    compositor.compose(fromMessage(request.plan), out);
    parentPort!.postMessage({ id: request.id });
  } catch (error) {
    parentPort!.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
