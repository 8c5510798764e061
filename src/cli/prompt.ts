import type { Draft, MediaRef } from '../model/draft.js';

/** Applies a plain-words prompt to a draft through the director. */
export async function applyPrompt(
  draft: Draft,
  _prompt: string,
  _media: MediaRef[],
): Promise<{ draft: Draft; reply: string | undefined }> {
  return { draft, reply: undefined };
}
