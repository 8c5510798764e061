import type { Command } from 'commander';
import { catalog } from '../../catalog/index.js';
import { draftView, summarizeDraft } from '../../model/summary.js';
import { unknownEffects } from '../../model/unknown-effects.js';
import { readDraftFile, unknownEffectLine } from '../draft-file.js';
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
        if (options.json) {
          const view = { ...draftView(draft), unknownEffects: unknownEffects(draft) };
          process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
          return;
        }
        const view = draftView(draft);
        const lines = [summarizeDraft(draft), ''];
        const s = (ms: number) => `${(ms / 1000).toFixed(2)}s`;
        view.photos.forEach((photo, i) => {
          // A layered motion says whether it will lift people or move the photo as one.
          const layers = catalog.motions.has(photo.motion) && catalog.motions.get(photo.motion).layered;
          const note = layers
            ? photo.peopleLayer
              ? ' with people layer'
              : ': no people layer, moves as one'
            : '';
          lines.push(
            `  ${String(i + 1).padStart(2)}. ${s(photo.startMs)}–${s(photo.startMs + photo.durationMs)}  ${photo.source}  (${photo.motion}${note}, ${photo.fit})`,
          );
          const transition = view.transitions[i];
          if (transition && transition.durationMs > 0) {
            lines.push(`      ↳ ${transition.kind} ${s(transition.startMs)}–${s(transition.endMs)}`);
          }
        });
        for (const text of view.texts)
          lines.push(
            `  text ${s(text.startMs)}–${s(text.endMs)}  "${text.text}" (${text.style}, ${text.position})`,
          );
        for (const audio of view.audio)
          lines.push(
            `  audio ${s(audio.startMs)}–${s(audio.endMs)}  ${audio.source} at ${Math.round(audio.volume * 100)}%`,
          );
        lines.push(`  total ${s(view.durationMs)}`);
        for (const effect of unknownEffects(draft))
          lines.push(`  unknown effect: ${unknownEffectLine(effect)}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      } catch (error) {
        process.exitCode = reportError(error, Boolean(options.json));
      }
    });
}
