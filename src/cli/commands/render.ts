import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { fileResolver } from '../../make/local-files.js';
import { readDraftFile } from '../draft-file.js';
import { createReporter, reportError } from '../output.js';
import { parseQuality, renderToFile, wroteLine } from './render-to-file.js';

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('Render a draft JSON file to an MP4.')
    .argument('<draft>', 'draft file written by `joy make --save-draft` or `joy edit`')
    .option('-o, --output <file>', 'where to write the MP4', 'joy.mp4')
    .option('--quality <q>', 'draft (fast 540p preview), standard (default), high', 'standard')
    .option('--json', 'print a JSON result on stdout')
    .addHelpText('after', '\nExample:\n  joy render trip.json -o trip.mp4 --quality draft')
    .action(async (draftPath: string, options: { output: string; quality: string; json?: boolean }) => {
      const json = Boolean(options.json);
      const reporter = createReporter({ json });
      try {
        const draft = await readDraftFile(draftPath);
        const result = await renderToFile(draft, options.output, {
          quality: parseQuality(options.quality),
          resolve: fileResolver(dirname(resolve(draftPath))),
          reporter,
        });
        reporter.info(wroteLine(options.output, result));
        if (json) process.stdout.write(`${JSON.stringify({ ok: true, ...result })}\n`);
      } catch (error) {
        process.exitCode = reportError(error, json);
      }
    });
}
