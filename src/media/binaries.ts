import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JoyError } from '../errors.js';

/**
 * Which ffmpeg and ffprobe Joy runs: both from one source, never picked from PATH. The source is
 * JOY_FFMPEG (a system FFmpeg; ffprobe from JOY_FFPROBE or beside it), else the builds npm installed.
 * A build is dated by its libavformat version, which git snapshots ("N-…") report truthfully.
 */
export interface BinaryChoice {
  path: string;
  source: 'env' | 'bundled';
  /** The version string the binary prints (a release like 7.1, or a git snapshot N-…). */
  version: string;
  /** libavformat major.minor, e.g. "60.16": what decides how current the demuxers are. */
  libavformat: string;
  /** Where it came from, for `joy doctor`: the env variable or the npm package and version. */
  origin: string;
}

/** The oldest FFmpeg Joy accepts for a system override: 6.1, whose libavformat is 60.16. */
export const MINIMUM_FFMPEG = { release: '6.1', libavformat: [60, 16] as const };

const require = createRequire(import.meta.url);
const cache = new Map<string, BinaryChoice>();

const PACKAGES = {
  ffmpeg: '@ffmpeg-installer/ffmpeg',
  ffprobe: '@ffprobe-installer/ffprobe',
} as const;

function bundled(name: 'ffmpeg' | 'ffprobe'): { path: string; origin: string } | undefined {
  try {
    const installer = require(PACKAGES[name]) as { path: string; version?: string };
    ensureExecutable(installer.path);
    return { path: installer.path, origin: `npm ${PACKAGES[name]} (build ${installer.version ?? '?'})` };
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

export function versionOf(path: string): { version: string; libavformat: string } | undefined {
  const result = spawnSync(path, ['-hide_banner', '-version'], { encoding: 'utf8', timeout: 10_000 });
  if (result.status !== 0) return undefined;
  const version = /version\s+(\S+)/.exec(result.stdout)?.[1] ?? 'unknown';
  const lavf = /libavformat\s+(\d+)\.\s*(\d+)/.exec(result.stdout);
  return { version, libavformat: lavf ? `${lavf[1]}.${lavf[2]}` : '0.0' };
}

/** Whether a libavformat version is at least the minimum's. */
export function meetsMinimum(libavformat: string): boolean {
  const [major = 0, minor = 0] = libavformat.split('.').map(Number);
  const [needMajor, needMinor] = MINIMUM_FFMPEG.libavformat;
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

function fromEnv(name: 'ffmpeg' | 'ffprobe'): { path: string; origin: string } | undefined {
  const ffmpegPath = process.env.JOY_FFMPEG;
  if (!ffmpegPath) return undefined;
  if (name === 'ffmpeg') return { path: ffmpegPath, origin: 'JOY_FFMPEG' };
  if (process.env.JOY_FFPROBE) return { path: process.env.JOY_FFPROBE, origin: 'JOY_FFPROBE' };
  const beside = join(dirname(ffmpegPath), 'ffprobe');
  return { path: existsSync(beside) ? beside : 'ffprobe', origin: 'beside JOY_FFMPEG' };
}

function choose(name: 'ffmpeg' | 'ffprobe'): BinaryChoice {
  const cached = cache.get(name);
  if (cached) return cached;
  const override = fromEnv(name);
  const candidate = override ?? bundled(name);
  if (!candidate) {
    throw new JoyError(
      'internal',
      `No ${name} found. Run \`npm install\` (it ships one), or set JOY_FFMPEG.`,
      {
        hint: 'JOY_FFMPEG names a system ffmpeg (6.1 or newer); its ffprobe is taken from the same folder.',
      },
    );
  }
  const found = versionOf(candidate.path);
  if (!found) {
    throw new JoyError('internal', `${candidate.path} (${candidate.origin}) does not run as ${name}.`, {
      hint: 'Run `joy doctor`; point JOY_FFMPEG at a working ffmpeg 6.1 or newer.',
    });
  }
  // A system build is the operator's choice and must be current; the bundled one is what npm pins.
  if (override && !meetsMinimum(found.libavformat)) {
    throw new JoyError(
      'internal',
      `${candidate.path} is FFmpeg ${found.version} (libavformat ${found.libavformat}); Joy needs FFmpeg ${MINIMUM_FFMPEG.release} or newer.`,
      { hint: 'Install a current FFmpeg, or unset JOY_FFMPEG to use the one npm installed.' },
    );
  }
  const choice: BinaryChoice = {
    path: candidate.path,
    source: override ? 'env' : 'bundled',
    ...found,
    origin: candidate.origin,
  };
  cache.set(name, choice);
  return choice;
}

export function ffmpeg(): BinaryChoice {
  return choose('ffmpeg');
}

export function ffprobe(): BinaryChoice {
  return choose('ffprobe');
}
