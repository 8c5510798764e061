import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { JoyError } from '../errors.js';
import type { Draft } from '../model/draft.js';
import { type UnknownEffect, unknownEffects } from '../model/unknown-effects.js';
import { parseDraft } from '../model/upgrade.js';
import { toWire } from '../model/wire.js';
import { relativizeMedia } from './resolver.js';

export async function readDraftFile(path: string): Promise<Draft> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new JoyError('not_found', `Cannot read the draft file ${path}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new JoyError('invalid_draft', `${path} is not valid JSON: ${(error as Error).message}`);
  }
  const draft = parseDraft(json);
  // A draft from a newer Joy may name effects this one lacks: it still loads, and the person is told.
  for (const effect of unknownEffects(draft))
    process.stderr.write(`warning: ${path}: ${unknownEffectLine(effect)}\n`);
  return draft;
}

/** One line about an effect this Joy does not know: `video.0.motion "wobble" is unknown; drawn as "static"`. */
export function unknownEffectLine(effect: UnknownEffect): string {
  return `${effect.path} "${effect.name}" is not an effect this Joy knows; drawn as "${effect.drawnAs}"`;
}

/** Drafts are saved in the wire format, media paths relative to the draft file. */
export async function writeDraftFile(path: string, draft: Draft): Promise<void> {
  const wire = toWire(relativizeMedia(draft, dirname(resolve(path))));
  await writeFile(path, `${JSON.stringify(wire, null, 2)}\n`);
}
