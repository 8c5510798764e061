import type { Command } from 'commander';
import { reportError } from '../output.js';

interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  config?: string;
  redis?: string;
  logLevel?: string;
}

/**
 * `joy serve`: the HTTP service (API.md), chat stream, render jobs and web studio. Settings come from
 * flags, then JOY_* environment variables, then the JSON file of --config / JOY_CONFIG
 * (docs/configuration.md). SIGTERM or SIGINT shut it down gracefully; a second signal exits at once.
 */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the Joy service: the HTTP API agents use, the chat stream, render jobs and the web studio.',
    )
    .option('-p, --port <port>', 'TCP port (0 picks a free one; default 8787 or JOY_PORT)')
    .option('--host <host>', 'interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)')
    .option('-d, --data-dir <dir>', 'where the database, uploads and renders live (default ./joy-data)')
    .option('-c, --config <file>', 'JSON config file (see docs/configuration.md)')
    .option('--redis <url>', 'render jobs on BullMQ + Redis instead of the embedded queue')
    .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent')
    .addHelpText(
      'after',
      '\nExamples:\n  joy serve --port 8787 --data-dir ~/joy-data\n  JOY_CHAT_COST=1 joy serve --config joy.json',
    )
    .action(async (options: ServeOptions) => {
      try {
        // Loaded here, not with the CLI: `joy make` and the other commands never carry the server's
        // modules (about 35 MB with the job queue's).
        const { startServer } = await import('../../server/index.js');
        const server = await startServer({
          port: options.port,
          host: options.host,
          dataDir: options.dataDir,
          redisUrl: options.redis,
          logLevel: options.logLevel as never,
          ...(options.config ? { configFile: options.config } : {}),
        });
        process.stderr.write(
          `joy serve: listening on ${server.url} (data in ${server.config.dataDir}, ${server.queue.kind} render queue)\n`,
        );
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) {
            process.stderr.write(`joy serve: ${signal} again, exiting now\n`);
            process.exit(1);
          }
          stopping = true;
          process.stderr.write(
            `joy serve: ${signal}, shutting down (running renders go back to the queue)\n`,
          );
          server.close().then(
            () => process.exit(0),
            (error: unknown) => {
              process.exitCode = reportError(error, false);
              process.exit();
            },
          );
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      } catch (error) {
        process.exitCode = reportError(error, false);
      }
    });
}
