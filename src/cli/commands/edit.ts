import { access } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { direct, llmConfigFromEnv } from '../../director/index.js';
import { ingestBatch } from '../../ingest/index.js';
import { mediaRefFromInfo } from '../../make/media-refs.js';
import { sayPhrase } from '../../messages/index.js';
import type { Draft, MediaRef } from '../../model/draft.js';
import { emptyDraft } from '../../model/new-draft.js';
import { toWire } from '../../model/wire.js';
import { readDraftFile, writeDraftFile } from '../draft-file.js';
import { loadHistory, saveHistory } from '../draft-history-file.js';
import { cliLang, say } from '../lang.js';
import { createReporter, reportError } from '../output.js';

interface EditOptions {
  output?: string;
  json?: boolean;
  media?: string[];
  new?: boolean;
}

/** Media the message may name: files given with --media (probed), then what the draft already uses. */
async function availableMedia(
  draft: Draft,
  files: readonly string[],
  warn: (message: string) => void,
): Promise<MediaRef[]> {
  const media: MediaRef[] = [];
  if (files.length > 0) {
    const batch = await ingestBatch(files.map((path) => ({ path: resolve(path), name: basename(path) })));
    for (const failure of batch.failed)
      warn(
        say('cli.skipped', {
          file: failure.name,
          reason: failure.phrase ? sayPhrase(cliLang(), failure.phrase) : failure.message,
        }),
      );
    media.push(...batch.media.map((info) => mediaRefFromInfo(info)));
  }
  const seen = new Set(media.map((item) => item.uri));
  for (const item of [
    ...draft.video.map((segment) => segment.media),
    ...draft.audio.map((segment) => segment.media),
  ]) {
    if (!seen.has(item.uri)) {
      seen.add(item.uri);
      media.push(item);
    }
  }
  return media;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export interface EditIo {
  stdout: Pick<NodeJS.WriteStream, 'write'>;
  stderr: NodeJS.WriteStream;
}

export async function editCommand(
  draftPath: string,
  words: string[],
  options: EditOptions,
  io: EditIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const json = Boolean(options.json);
  const reporter = createReporter({ json, stream: io.stderr });
  try {
    const message = words.join(' ');
    const draft = options.new && !(await exists(draftPath)) ? emptyDraft() : await readDraftFile(draftPath);
    const media = await availableMedia(draft, options.media ?? [], (line) => reporter.warn(line));
    const target = options.output ?? draftPath;
    const history = await loadHistory(target, draft);
    const result = await direct(
      message,
      { draft, media, history },
      {
        surface: 'cli',
        llm: llmConfigFromEnv(),
        logger: {
          warn: (line, details) =>
            reporter.warn(`${line}${details?.reason ? ` (${String(details.reason)})` : ''}`),
        },
      },
    );
    const changed = result.draft !== draft;
    if (changed || (options.output && options.output !== draftPath)) {
      await writeDraftFile(target, result.draft);
      await saveHistory(target, history);
    }
    if (json) {
      const out = {
        route: result.route,
        reply: result.reply,
        commands: result.commands,
        draft: toWire(result.draft),
      };
      io.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      io.stdout.write(`${result.reply}\n`);
      if (changed) reporter.info(say('cli.saved', { file: target }));
    }
    return result.route === 'unsupported' ? 2 : 0;
  } catch (error) {
    return reportError(error, json);
  }
}

export function registerEdit(program: Command): void {
  program
    .command('edit')
    .description(
      'Apply one plain-words instruction (English or Chinese) to a draft file, e.g. joy edit d.json "make it 9:16 with a title \'Road Trip\'". "undo" / "撤销" and "redo" / "重做" walk the versions kept beside the file (<draft>.history.json). Exit code 2 when nothing could be done.',
    )
    .argument('<draft>', 'draft JSON file (edited in place unless -o is given)')
    .argument('<message...>', 'the instruction; quote it, or give it as separate words')
    .option('-o, --output <file>', 'write the edited draft here instead of in place')
    .option('--media <files...>', 'uploaded files the message may use (photos, clips, music)')
    .option('--new', 'start from an empty draft when the draft file does not exist')
    .option('--json', 'print { route, reply, commands, draft } as JSON')
    .action(async (draftPath: string, words: string[], options: EditOptions) => {
      process.exitCode = await editCommand(draftPath, words, options);
    });
}
