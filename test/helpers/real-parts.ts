import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Real programs some tests drive (a browser, a Redis server). Found by the usual names and paths; when
 * one is missing the test is skipped with a message on a developer's machine, and FAILS under CI=true,
 * so a CI run never goes green without them.
 */
export interface RealPart {
  name: string;
  /** Where it was found; undefined when it was not. */
  path: string | undefined;
  /** How to get it, for the message. */
  install: string;
}

const isCi = (): boolean => /^(1|true|yes)$/i.test(process.env.CI ?? '');

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function firstFound(envPath: string | undefined, names: string[], paths: string[]): string | undefined {
  if (envPath && executable(envPath)) return envPath;
  for (const name of names) {
    const found = onPath(name);
    if (found) return found;
  }
  return paths.find(executable);
}

/** Chromium: $CHROMIUM_PATH, else chromium / chromium-browser / google-chrome on PATH, else the usual paths. */
export function findChromium(): RealPart {
  return {
    name: 'chromium',
    path: firstFound(
      process.env.CHROMIUM_PATH,
      ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
      ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium'],
    ),
    install: 'apt-get install -y chromium, or set CHROMIUM_PATH',
  };
}

/** redis-server: $REDIS_SERVER_PATH, else on PATH, else the usual paths; it must answer --version. */
export function findRedisServer(): RealPart {
  const path = firstFound(
    process.env.REDIS_SERVER_PATH,
    ['redis-server'],
    ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
  );
  return {
    name: 'redis-server',
    path: path && spawnSync(path, ['--version']).status === 0 ? path : undefined,
    install: 'apt-get install -y redis-server, or set REDIS_SERVER_PATH',
  };
}

/**
 * The `skip` option for tests that need `part`: a reason (and a `# SKIP` line) when it is missing outside
 * CI; false when it is there, and false under CI=true, where `requirePart` then fails the test.
 */
export function skipWithout(part: RealPart): string | false {
  if (part.path || isCi()) return false;
  const reason = `${part.name} is not installed (${part.install})`;
  console.log(`# SKIP: ${reason}`);
  return reason;
}

/** The part's path; throws a clear error when it is missing (reached only under CI=true). */
export function requirePart(part: RealPart): string {
  if (part.path) return part.path;
  throw new Error(
    `${part.name} is required: CI=true, and this test must not be skipped there, but ${part.name} was not found (${part.install}).`,
  );
}
