import type { Command } from 'commander';
import { catalog } from '../../catalog/index.js';
import type { Draft } from '../../model/draft.js';
import { draftView, summarizeDraft } from '../../model/summary.js';
import { unknownEffects } from '../../model/unknown-effects.js';
import { framedDraft } from '../../render/framing-pass.js';
import { placedTexts } from '../../render/text-placement-pass.js';
import { readDraftFile, unknownEffectLine } from '../draft-file.js';
import { cliLang, say } from '../lang.js';
import { reportError } from '../output.js';

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('Describe a draft: tracks and exact times.')
    .argument('<draft>', 'draft JSON file')
    .option('--json', 'print the normalised view as JSON')
    .action(async (draftPath: string, options: { json?: boolean }) => {
      try {
        const draft = await readDraftFile(draftPath);
        const faces = facesInFrame(draft);
        if (options.json) {
          const view = draftView(placedTexts(draft));
          const photos = view.photos.map((photo, i) => (faces[i] ? { ...photo, faces: faces[i] } : photo));
          process.stdout.write(
            `${JSON.stringify({ ...view, photos, unknownEffects: unknownEffects(draft), ...keptLength(draft) }, null, 2)}\n`,
          );
          return;
        }
        const view = draftView(placedTexts(draft));
        const lines = [summarizeDraft(draft, cliLang()), ''];
        const s = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
        view.photos.forEach((photo, i) => {
          // A layered motion says whether it will lift people or move the photo as one.
          const layers = catalog.motions.has(photo.motion) && catalog.motions.get(photo.motion).layered;
          const note = layers
            ? photo.peopleLayer
              ? ` ${say('cli.inspect.peopleLayer')}`
              : `: ${say('cli.inspect.noPeopleLayer')}`
            : '';
          lines.push(
            `  ${String(i + 1).padStart(2)}. ${s(photo.startMs)}–${s(photo.startMs + photo.durationMs)}  ${photo.source}  (${photo.motion}${note}, ${photo.fit}${facesNote(faces[i])})`,
          );
          const transition = view.transitions[i];
          if (transition && transition.durationMs > 0) {
            lines.push(`      ↳ ${transition.kind} ${s(transition.startMs)}–${s(transition.endMs)}`);
          }
        });
        for (const text of view.texts)
          lines.push(
            `  ${say('cli.inspect.text')} ${s(text.startMs)}–${s(text.endMs)}  "${text.text}" (${text.style}, ${text.position})`,
          );
        for (const audio of view.audio)
          lines.push(
            `  ${say('cli.inspect.audio', { range: `${s(audio.startMs)}–${s(audio.endMs)}`, source: audio.source, volume: Math.round(audio.volume * 100) })}`,
          );
        const kept = keptLength(draft).targetDurationMs;
        lines.push(
          `  ${say('cli.inspect.total', { length: s(view.durationMs) })}${kept ? ` ${say('cli.inspect.keptLength', { length: s(kept) })}` : ''}`,
        );
        for (const effect of unknownEffects(draft))
          lines.push(`  ${say('cli.inspect.unknownEffect', { line: unknownEffectLine(effect) })}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (error) {
        process.exitCode = reportError(error, Boolean(options.json));
      }
    });
}

/** How many of each photo's faces the framing keeps in frame (the renderer's framing pass). */
function facesInFrame(draft: Draft): ({ found: number; inFrame: number } | undefined)[] {
  const framed = framedDraft(draft);
  return draft.video.map((segment, i) => {
    const found = segment.media.kind === 'image' ? (segment.media.faces?.length ?? 0) : 0;
    return found > 0 ? { found, inFrame: framed.video[i]!.media.faces?.length ?? 0 } : undefined;
  });
}

function facesNote(faces: { found: number; inFrame: number } | undefined): string {
  if (!faces) return '';
  if (faces.inFrame === faces.found) return `, ${say('cli.inspect.facesInFrame', { n: faces.found })}`;
  const cut = faces.found - faces.inFrame;
  if (faces.inFrame === 1) return `, ${say('cli.inspect.faceKept', { n: faces.found, cut })}`;
  return `, ${say('cli.inspect.facesCut', { n: faces.found, kept: faces.inFrame, cut })}`;
}

/** The length a person asked the director for, which it keeps when transitions change (draft metadata). */
function keptLength(draft: Draft): { targetDurationMs?: number } {
  const target = draft.meta.targetDuration as { totalMs?: unknown } | undefined;
  return typeof target?.totalMs === 'number' ? { targetDurationMs: target.totalMs } : {};
}
