import { direct, llmConfigFromEnv } from '../director/index.js';
import { JoyError } from '../errors.js';
import { phrase, t } from '../messages/index.js';
import type { Draft, MediaRef } from '../model/draft.js';

/**
 * Applies a plain-words prompt to the planned draft through the director — the same one chat uses.
 * A prompt the director cannot act on stops `joy make` with its honest answer rather than rendering
 * something the creator did not ask for.
 */
export async function applyPrompt(
  draft: Draft,
  prompt: string,
  media: MediaRef[],
  warn: (message: string) => void = () => undefined,
): Promise<{ draft: Draft; reply: string | undefined }> {
  const result = await direct(
    prompt,
    { draft, media },
    { surface: 'cli', llm: llmConfigFromEnv(), logger: { warn: (line) => warn(line) } },
  );
  if (result.route === 'unsupported') {
    throw new JoyError('invalid_input', result.reply, {
      hint: t('en', 'make.prompt.unsupported.hint'),
      hintPhrase: phrase('make.prompt.unsupported.hint'),
    });
  }
  return { draft: result.draft, reply: result.reply };
}
