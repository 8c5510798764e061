import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The ffmpeg and ffprobe programs the tests, the bench and the fixture script use to make test media
 * and to check Joy's output from outside (npm dev dependencies). Joy itself never runs them: it uses
 * the FFmpeg libraries from node-av (src/media/av).
 */
export interface Program {
  path: string;
  version: string;
}

const require = createRequire(import.meta.url);
const PACKAGES = { ffmpeg: '@ffmpeg-installer/ffmpeg', ffprobe: '@ffprobe-installer/ffprobe' } as const;

function program(name: keyof typeof PACKAGES): Program {
  const installer = require(PACKAGES[name]) as { path: string; version?: string };
  try {
    accessSync(installer.path, constants.X_OK);
  } catch {
    // npm may unpack without the execute bit when install scripts are not allowed; restore it.
    chmodSync(installer.path, statSync(installer.path).mode | 0o111);
  }
  return { path: installer.path, version: installer.version ?? 'unknown' };
}

export function ffmpeg(): Program {
  return program('ffmpeg');
}

export function ffprobe(): Program {
  return program('ffprobe');
}
