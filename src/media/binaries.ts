import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/**
 * Which ffmpeg and ffprobe Joy runs. Order: JOY_FFMPEG / JOY_FFPROBE, then a newer build on PATH,
 * then the static build shipped in npm packages (always present after `npm install`).
 */
export interface BinaryChoice {
  path: string;
  source: 'env' | 'path' | 'bundled';
  version: string;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, BinaryChoice>();

function bundled(name: 'ffmpeg' | 'ffprobe'): string | undefined {
  try {
    const installer = require(
      name === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe',
    ) as { path: string };
    ensureExecutable(installer.path);
    return installer.path;
  } catch {
    return undefined;
  }
}

/** npm may unpack without the execute bit when install scripts are not allowed; restore it. */
function ensureExecutable(path: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    try {
      chmodSync(path, statSync(path).mode | 0o111);
    } catch {
      // Read-only install: the version check below reports the failure.
    }
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

export function versionOf(path: string): string | undefined {
  const result = spawnSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) return undefined;
  const match = /version\s+(\S+)/.exec(result.stdout);
  return match?.[1] ?? 'unknown';
}

/** Release number like 6.1 from a version string; static git builds (N-…) count as 4.1. */
function releaseNumber(version: string): number {
  const match = /^n?(\d+)\.(\d+)/.exec(version);
  return match ? Number(match[1]) + Number(match[2]) / 100 : 0;
}

function choose(name: 'ffmpeg' | 'ffprobe'): BinaryChoice {
  const cached = cache.get(name);
  if (cached) return cached;
  const envPath = process.env[name === 'ffmpeg' ? 'JOY_FFMPEG' : 'JOY_FFPROBE'];
  const candidates: { path: string; source: BinaryChoice['source'] }[] = [];
  if (envPath) candidates.push({ path: envPath, source: 'env' });
  const shipped = bundled(name);
  const system = onPath(name);
  const shippedVersion = shipped ? versionOf(shipped) : undefined;
  const systemVersion = system ? versionOf(system) : undefined;
  // A system build is preferred only when it is at least as new as the shipped one.
  if (
    system &&
    systemVersion &&
    (!shippedVersion || releaseNumber(systemVersion) >= releaseNumber(shippedVersion))
  ) {
    candidates.push({ path: system, source: 'path' });
  }
  if (shipped) candidates.push({ path: shipped, source: 'bundled' });
  for (const candidate of candidates) {
    const version =
      candidate.path === shipped
        ? shippedVersion
        : candidate.path === system
          ? systemVersion
          : versionOf(candidate.path);
    if (version) {
      const choice = { ...candidate, version };
      cache.set(name, choice);
      return choice;
    }
  }
  throw new Error(
    `No working ${name} found. Run \`npm install\` (it ships one), or set ${name === 'ffmpeg' ? 'JOY_FFMPEG' : 'JOY_FFPROBE'} to a ${name} binary.`,
  );
}

export function ffmpeg(): BinaryChoice {
  return choose('ffmpeg');
}

export function ffprobe(): BinaryChoice {
  return choose('ffprobe');
}
