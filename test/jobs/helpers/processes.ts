import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRedisServer, requirePart, skipWithout } from '../../helpers/real-parts.js';

/**
 * Real parts for the scale-out tests: a redis-server on a free port with its own folder (append-only
 * file on, as docs/deployment.md asks, so it can be stopped and started again with its data), and
 * `joy serve` / `joy worker` as processes. Every process started here is killed at exit.
 */
const REDIS = findRedisServer();

/** The `skip` option: a reason outside CI when redis-server is missing; under CI=true the tests fail instead. */
export function redisRequirement(): string | false {
  return skipWithout(REDIS);
}

const started = new Set<ChildProcess>();
const killStarted = () => {
  for (const child of started) child.kill('SIGKILL');
};
process.on('exit', killStarted);
// A test file cut short by a signal (a cancelled run, a CI timeout) must not leave Redis or workers behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killStarted();
    process.kill(process.pid, signal);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function waitForLine(
  child: ChildProcess,
  stream: 'stdout' | 'stderr',
  text: string,
  timeoutMs: number,
  what: string,
) {
  return new Promise<void>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`${what} did not start: ${seen.slice(-2000)}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        child[stream]!.off('data', onData);
        resolve();
      }
    };
    child[stream]!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited ${code}: ${seen.slice(-2000)}`));
    });
  });
}

export class RedisProcess {
  private child: ChildProcess | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'joy-redis-'));
  constructor(readonly port: number) {}

  static async start(): Promise<RedisProcess> {
    const redis = new RedisProcess(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      requirePart(REDIS),
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    started.add(child);
    this.child = child;
    await waitForLine(child, 'stdout', 'Ready to accept connections', 30_000, 'redis-server');
  }

  /** Stops Redis the way an operator or a crash would: SIGTERM (data kept in the append-only file). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    started.delete(child);
    this.child = undefined;
  }

  async destroy(): Promise<void> {
    this.child?.kill('SIGKILL');
    if (this.child) started.delete(this.child);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const cli = fileURLToPath(new URL('../../server/fixtures/joy-cli.ts', import.meta.url));

export interface JoyProcess {
  child: ChildProcess;
  /** stdout (JSON log lines) and stderr so far. */
  out(): string;
  err(): string;
  exited: Promise<number | null>;
  /** Log lines (parsed JSON) with this `msg`. */
  logLines(msg: string): Record<string, unknown>[];
}

/** `joy <args>` as a process, from source; resolves when stderr shows `readyText`. */
export async function startJoy(
  args: string[],
  readyText: string,
  env: Record<string, string> = {},
  timeoutMs = 180_000,
): Promise<JoyProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...process.env, JOY_LOG_LEVEL: 'info', JOY_CONFIG: '', JOY_ANALYSE: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => started.delete(child));
  await waitForLine(child, 'stderr', readyText, timeoutMs, `joy ${args[0]}`);
  return {
    child,
    out: () => out,
    err: () => err,
    exited,
    logLines: (msg) =>
      out
        .split('\n')
        .filter((line) => line.includes(`"msg":"${msg}"`))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export function startWorker(
  redisUrl: string,
  dataDir: string,
  env: Record<string, string> = {},
  readyText = 'rendering jobs from',
): Promise<JoyProcess> {
  return startJoy(['worker', '--redis', redisUrl, '--data-dir', dataDir], readyText, env);
}
