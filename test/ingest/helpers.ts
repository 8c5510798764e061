import assert from 'node:assert/strict';
import { JoyError } from '../../src/errors.js';
import type { DecodedImage } from '../../src/ingest/index.js';

/** The RGB triple at (x, y) of a decoded image. */
export function pixel(image: DecodedImage, x: number, y: number): [number, number, number] {
  const at = (y * image.width + x) * 3;
  return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
}

/** Asserts each channel is within `tolerance` of the expected value. */
export function assertColor(
  actual: readonly number[],
  expected: readonly number[],
  tolerance: number,
  what: string,
): void {
  const off = actual.some((value, i) => Math.abs(value - expected[i]!) > tolerance);
  assert.ok(!off, `${what}: expected about [${expected.join(', ')}], got [${actual.join(', ')}]`);
}

/** Runs `fn` and returns the JoyError it throws, failing when it throws something else or nothing. */
export async function joyError(fn: () => Promise<unknown>): Promise<JoyError> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof JoyError, `expected a JoyError, got ${String(error)}`);
    // A person reads this: one or two sentences, no stack, no library jargon.
    assert.doesNotMatch(error.message, /\n|\bat .+:\d+:\d+|Vips|vips|Error:/);
    return error;
  }
  assert.fail('expected a JoyError, but nothing was thrown');
}
