import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadDraft } from '../make/drafts.js';
import { relativizeMedia } from '../make/local-files.js';
import type { Draft } from '../model/draft.js';
import { type UnknownEffect, unknownEffects } from '../model/unknown-effects.js';
import { toWire } from '../model/wire.js';
import { say } from './lang.js';

export async function readDraftFile(path: string): Promise<Draft> {
  const draft = await loadDraft(path);
  // A draft from a newer Joy may name effects this one lacks: it still loads, and the person is told.
  for (const effect of unknownEffects(draft))
    process.stderr.write(`${say('cli.warning', { message: `${path}: ${unknownEffectLine(effect)}` })}\n`);
  return draft;
}

/** One line about an effect this Joy does not know: `video.0.motion "wobble" is unknown; drawn as "static"`. */
export function unknownEffectLine(effect: UnknownEffect): string {
  return say('cli.unknownEffect', { path: effect.path, name: effect.name, drawnAs: effect.drawnAs });
}

/** Drafts are saved in the wire format, media paths relative to the draft file. */
export async function writeDraftFile(path: string, draft: Draft): Promise<void> {
  const wire = toWire(relativizeMedia(draft, dirname(resolve(path))));
  await writeFile(path, `${JSON.stringify(wire, null, 2)}\n`);
}
