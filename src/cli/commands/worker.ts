import type { Command } from 'commander';
import { phrasedError } from '../../errors.js';
import type { LogLevel } from '../../jobs/log.js';
import { phrase } from '../../messages/index.js';
import { reportError } from '../output.js';

interface WorkerOptions {
  redis?: string;
  dataDir?: string;
  concurrency?: string;
  config?: string;
  logLevel?: string;
}

/**
 * `joy worker`: renders jobs from the BullMQ + Redis queue that `joy serve --redis` feeds. Run as many
 * as you like, on machines that share the data dir (uploads are read from `<data>/media`, videos
 * written to `<data>/renders`). Before taking jobs a worker proves it sees the server's data dir and can
 * write there; until then it says why and waits. SIGTERM/SIGINT put the running job back on the queue
 * and exit, promptly even when Redis is unreachable.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Render jobs from the Redis queue of `joy serve --redis` (run several for more throughput).')
    .option('--redis <url>', 'Redis URL (default JOY_REDIS_URL)')
    .option('-d, --data-dir <dir>', 'the data dir shared with `joy serve` (default ./joy-data)')
    .option('--concurrency <n>', 'renders at once in this worker (default 1 or JOY_RENDER_CONCURRENCY)')
    .option('-c, --config <file>', 'JSON config file (see docs/configuration.md)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent')
    .addHelpText(
      'after',
      '\nExample:\n  JOY_REDIS_URL=redis://127.0.0.1:6379 joy worker --data-dir /srv/joy-data',
    )
    .action(async (options: WorkerOptions) => {
      try {
        // Loaded here, not with the CLI, so the other commands never carry the job queue's modules.
        const [
          { BullMQQueue },
          { jsonLogger },
          { createChunkExecutors, createRenderExecutor },
          { loadConfig },
        ] = await Promise.all([
          import('../../jobs/bullmq-queue.js'),
          import('../../jobs/log.js'),
          import('../../jobs/render-executor.js'),
          import('../../server/config.js'),
        ]);
        const config = loadConfig({
          overrides: {
            redisUrl: options.redis,
            dataDir: options.dataDir,
            renderConcurrency: options.concurrency,
            logLevel: options.logLevel as never,
          },
          ...(options.config ? { configFile: options.config } : {}),
        });
        if (!config.redisUrl) {
          throw phrasedError('invalid_input', phrase('worker.needsRedis'), {
            hint: phrase('worker.needsRedis.hint'),
          });
        }
        const json = jsonLogger(config.logLevel as LogLevel);
        // A refusal to work is said to the person starting the worker, whatever the log level.
        const log = {
          ...json,
          error: (obj: object, msg?: string) => {
            json.error(obj, msg);
            if ('problem' in obj) process.stderr.write(`joy worker: ${msg}\n`);
          },
        };
        const redisShown = config.redisUrl.replace(/\/\/[^@]*@/, '//***@');
        const queue = new BullMQQueue({
          redisUrl: config.redisUrl,
          executor: createRenderExecutor({ dataDir: config.dataDir }),
          chunks: createChunkExecutors({ dataDir: config.dataDir }),
          concurrency: config.renderConcurrency,
          maxAttempts: config.renderMaxAttempts,
          storage: { dataDir: config.dataDir },
          lockDurationMs: config.renderLockMs,
          log,
        });
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) process.exit(1);
          stopping = true;
          process.stderr.write(`joy worker: ${signal}, putting the running job back on the queue\n`);
          queue.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
        process.stderr.write(
          `joy worker ${queue.workerName}: connecting to ${redisShown} (data in ${config.dataDir})\n`,
        );
        // Redis may be down at start: keep trying (a supervisor would only restart us into the same wait).
        for (;;) {
          try {
            await queue.ready(5000);
            break;
          } catch (error) {
            if (stopping) return;
            process.stderr.write(`joy worker: ${(error as Error).message} Still trying.\n`);
          }
        }
        if (stopping) return;
        process.stderr.write(
          `joy worker ${queue.workerName}: rendering jobs from ${redisShown} (data in ${config.dataDir})\n`,
        );
      } catch (error) {
        process.exitCode = reportError(error, false);
      }
    });
}
