import { isJoyError, toJoyError } from '../errors.js';
import type { RenderStatus } from '../render/pipeline-types.js';
import { cliLang, say } from './lang.js';

/** How the CLI talks: a progress bar on a terminal, plain lines when piped, JSON for machines. */
export interface Reporter {
  info(message: string): void;
  warn(message: string): void;
  progress(status: Extract<RenderStatus, { state: 'rendering' }>): void;
  done(): void;
}

const formatEta = (ms: number | undefined) =>
  ms === undefined ? '' : ` ${say('cli.progress.left', { s: (ms / 1000).toFixed(ms < 10_000 ? 1 : 0) })}`;

export function createReporter(mode: { json: boolean; stream?: NodeJS.WriteStream }): Reporter {
  const stream = mode.stream ?? process.stderr;
  const tty = Boolean(stream.isTTY) && !mode.json && process.env.CI !== 'true';
  let lastDecile = -1;
  let barShown = false;
  return {
    info(message) {
      if (!mode.json) stream.write(`${message}\n`);
    },
    warn(message) {
      stream.write(`${say('cli.warning', { message })}\n`);
    },
    progress({ progress, etaMs, frame, frames }) {
      if (mode.json) return;
      if (tty) {
        const width = 28;
        const filled = Math.round(progress * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(progress * 100)).padStart(3)}% ${say('cli.progress.frames', { frame, frames })}${formatEta(etaMs)}   `,
        );
        barShown = true;
        return;
      }
      const decile = Math.floor(progress * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        const counted = say('cli.progress.frames', { frame, frames });
        stream.write(
          `${say('cli.progress.line', { percent: decile * 10, frames: counted })}${formatEta(etaMs)}\n`,
        );
      }
    },
    done() {
      if (barShown) stream.write('\n');
      barShown = false;
    },
  };
}

/**
 * One clear sentence (and a hint) on stderr in the CLI's language, JSON on stdout with --json (its
 * message in English, for scripts); returns the exit code.
 */
export function reportError(error: unknown, json: boolean): number {
  const joy = toJoyError(error);
  const lang = cliLang();
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ ok: false, error: { code: joy.code, message: joy.message, field: joy.field, file: joy.file } })}\n`,
    );
  } else {
    process.stderr.write(`joy: ${joy.messageIn(lang)}\n`);
    const hint = joy.hintIn(lang);
    if (hint) process.stderr.write(`     ${hint}\n`);
    if (!isJoyError(error) && process.env.JOY_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`);
  }
  return joy.code === 'canceled' ? 130 : 1;
}
