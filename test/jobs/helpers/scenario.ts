import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCommands, type Draft, emptyDraft } from '../../../src/model/index.js';
import { toWire } from '../../../src/model/wire.js';
import { makePhoto, makeTone } from '../../helpers/media.js';
import type { Client } from '../../server/helpers.js';

/** Photos and music made locally, uploaded to a session; the draft names them by asset uri. */
export async function uploadedDraft(
  client: Client,
  session: string,
  dir: string,
  options: { width: number; height: number; fps: number; seconds: number },
): Promise<{ draft: Draft; wire: unknown; local: Record<string, string> }> {
  const files = [
    await makePhoto(join(dir, 'a.jpg'), { width: 960, height: 540 }),
    await makePhoto(join(dir, 'b.jpg'), { width: 960, height: 540, hue: 120 }),
    await makePhoto(join(dir, 'c.jpg'), { width: 540, height: 960, hue: 60 }),
  ];
  const tone = await makeTone(join(dir, 'tone.wav'), 5, 440);
  const upload = await client.upload(session, [
    ...files.map((path, k) => ({ name: `p${k}.jpg`, data: readFileSync(path) })),
    { name: 'tone.wav', data: readFileSync(tone), type: 'audio/wav' },
  ]);
  const uris = upload.data.files.map((file) => file.uri);
  const local: Record<string, string> = Object.fromEntries(uris.map((uri, k) => [uri, [...files, tone][k]!]));
  const perPhoto = (options.seconds * 1000 + 2 * 500) / 3;
  const draft = applyCommands(emptyDraft(), [
    { type: 'setCanvas', width: options.width, height: options.height },
    { type: 'setFps', fps: options.fps },
    {
      type: 'addMedia',
      media: files.map((_, k) => ({
        uri: uris[k]!,
        kind: 'image' as const,
        width: k === 2 ? 540 : 960,
        height: k === 2 ? 960 : 540,
      })),
      durationMs: Math.round(perPhoto),
    },
    { type: 'setTransition', name: 'crossfade', durationMs: 500 },
    { type: 'setMusic', media: { uri: uris[3]!, kind: 'audio' }, volume: 0.6, fadeOutMs: 800 },
  ]).draft;
  return { draft, wire: toWire(draft), local };
}
