import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { IngestLimits } from './types.js';

const MB = 1024 * 1024;

/** What Joy accepts when nothing else is configured. */
export const DEFAULT_LIMITS: Readonly<IngestLimits> = Object.freeze({
  maxFileBytes: 200 * MB,
  maxImagePixels: 200_000_000,
  maxMediaDurationMs: 60 * 60 * 1000,
  // heic-decode returns full-size RGBA inside a wasm heap: 100 MP is 400 MB there.
  maxHeifPixels: 100_000_000,
});

/** The pixel ceiling for HEIC/HEIF: the lower of the image budget and the HEIF one. */
export function heifPixelLimit(limits: IngestLimits): number {
  return Math.min(limits.maxImagePixels, limits.maxHeifPixels ?? DEFAULT_LIMITS.maxHeifPixels ?? Infinity);
}

/** Defaults with the given overrides; undefined fields keep the default. */
export function resolveLimits(overrides: Partial<IngestLimits> = {}): IngestLimits {
  const limits: IngestLimits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof IngestLimits, number | undefined][]) {
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

function positiveNumber(env: NodeJS.ProcessEnv, key: string): number | undefined {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw phrasedError('invalid_input', phrase('ingest.badLimit', { key, raw }));
  }
  return value;
}

/**
 * Limits from the environment: JOY_MAX_FILE_MB, JOY_MAX_IMAGE_MEGAPIXELS and JOY_MAX_MEDIA_MINUTES;
 * anything unset keeps its default.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): IngestLimits {
  const fileMb = positiveNumber(env, 'JOY_MAX_FILE_MB');
  const megapixels = positiveNumber(env, 'JOY_MAX_IMAGE_MEGAPIXELS');
  const minutes = positiveNumber(env, 'JOY_MAX_MEDIA_MINUTES');
  return resolveLimits({
    maxFileBytes: fileMb === undefined ? undefined : Math.round(fileMb * MB),
    maxImagePixels: megapixels === undefined ? undefined : Math.round(megapixels * 1_000_000),
    maxMediaDurationMs: minutes === undefined ? undefined : Math.round(minutes * 60_000),
  });
}
