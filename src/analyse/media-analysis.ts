import { type Lang, t } from '../messages/index.js';
import type { MediaRef } from '../model/draft.js';
import { mediaHints } from './analyse-photo.js';
import type { Analyser } from './analyser.js';
import { type CachedAnalysis, contentHash, type DirCache } from './cache.js';
import { curate } from './curate.js';
import type { PhotoAnalysis } from './types.js';

/**
 * Glue between analysis and the draft: analyse a file once (by content hash, through a cache), put what
 * was learnt on its MediaRef, and flag near-duplicates and blurred photos of a batch.
 */
export interface AnalysisCache {
  get(hash: string): Promise<CachedAnalysis | undefined> | CachedAnalysis | undefined;
  put(hash: string, entry: CachedAnalysis): Promise<void> | void;
}

export interface FileAnalysis {
  entry: CachedAnalysis | undefined;
  hash: string | undefined;
  /** Wall time of the analysis itself (0 from the cache), ms. */
  analysisMs: number;
  cached: boolean;
  error?: string;
}

/** Analyses one photo or song in the worker, or reads it from the cache. Never throws. */
export async function analyseFile(
  path: string,
  kind: 'photo' | 'audio',
  deps: { analyser: Analyser; cache?: AnalysisCache | DirCache | undefined; order?: number },
): Promise<FileAnalysis> {
  let hash: string | undefined;
  try {
    hash = await contentHash(path);
    const hit = deps.cache ? await deps.cache.get(hash) : undefined;
    if (hit && hit.kind === kind) return { entry: hit, hash, analysisMs: 0, cached: true };
    const started = performance.now();
    const entry: CachedAnalysis =
      kind === 'photo'
        ? { kind, photo: await deps.analyser.photo(path, deps.order) }
        : { kind, beats: await deps.analyser.audio(path) };
    const analysisMs = Math.round(performance.now() - started);
    await deps.cache?.put(hash, entry);
    return { entry, hash, analysisMs, cached: false };
  } catch (error) {
    return { entry: undefined, hash, analysisMs: 0, cached: false, error: (error as Error).message };
  }
}

/**
 * The MediaRef with what analysis found: focus, faces, date and person layer of a photo; beats and
 * tempo of a song.
 */
export function withAnalysis(ref: MediaRef, entry: CachedAnalysis | undefined): MediaRef {
  if (!entry) return ref;
  if (entry.kind === 'audio') {
    if (ref.kind !== 'audio' || entry.beats.beatsMs.length < 2) return ref;
    return { ...ref, beatsMs: entry.beats.beatsMs.map((ms) => Math.round(ms)), bpm: entry.beats.bpm };
  }
  if (ref.kind !== 'image') return ref;
  const hints = mediaHints(entry.photo);
  const out: MediaRef = { ...ref, focus: hints.focus };
  if (hints.faces && hints.faces.length > 0) out.faces = hints.faces;
  if (!out.takenAt && hints.takenAt) out.takenAt = hints.takenAt;
  if (hints.subjectMask) out.subjectMask = hints.subjectMask;
  return out;
}

export interface CurationFlag {
  name: string;
  flags: ('duplicate' | 'blurry')[];
  duplicateOf?: string;
  reason: string;
}

/**
 * Runs `curate` over the analysed photos of a batch and marks the flagged ones on their MediaRefs
 * (`flags`, `duplicateOf`). Photos without analysis are left alone.
 */
export function flagBatch(
  refs: readonly MediaRef[],
  analyses: readonly (PhotoAnalysis | undefined)[],
): { refs: MediaRef[]; flagged: CurationFlag[] } {
  const picked = refs
    .map((ref, i) => ({ ref, i, analysis: analyses[i] }))
    .filter((item): item is { ref: MediaRef; i: number; analysis: PhotoAnalysis } =>
      Boolean(item.analysis && item.ref.kind === 'image'),
    );
  const names = picked.map((item) => item.ref.name ?? item.ref.uri);
  const report = curate(
    picked.map((item) => item.analysis),
    { names },
  );
  const out = [...refs];
  const flagged: CurationFlag[] = [];
  for (const k of report.flagged) {
    const item = picked[k]!;
    const flags: CurationFlag['flags'] = [];
    const partner = report.duplicates
      .filter(([a, b]) => a === k || b === k)
      .map(([a, b]) => (a === k ? b : a))
      .find((other) => !report.flagged.includes(other));
    if (partner !== undefined) flags.push('duplicate');
    if (report.blurry.includes(k)) flags.push('blurry');
    if (flags.length === 0) flags.push('duplicate');
    const ref: MediaRef = { ...item.ref, flags };
    const entry: CurationFlag = { name: names[k]!, flags, reason: report.reasons[k] ?? '' };
    if (partner !== undefined) {
      ref.duplicateOf = names[partner]!;
      entry.duplicateOf = names[partner]!;
    }
    out[item.i] = ref;
    flagged.push(entry);
  }
  return { refs: out, flagged };
}

/** One plain sentence about a flagged photo, for people, in `lang` (default English). */
export function describeFlag(flag: CurationFlag, lang: Lang = 'en'): string {
  if (flag.flags.includes('duplicate') && flag.duplicateOf) {
    const key = flag.flags.includes('blurry') ? 'flag.duplicateBlurred' : 'flag.duplicate';
    return t(lang, key, { name: flag.name, other: flag.duplicateOf });
  }
  return t(lang, 'flag.blurred', { name: flag.name });
}
