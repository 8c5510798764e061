import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { phrasedError } from '../errors.js';
import { phrase } from '../messages/index.js';
import type { Draft } from '../model/draft.js';
import { parseDraft } from '../model/upgrade.js';
import type { RenderOptions, RenderResult } from '../render/pipeline-types.js';
import { renderDraft as renderWithResolver } from '../render/render-draft.js';
import { fileResolver } from './local-files.js';

/**
 * Drafts as files: load one (any version; older ones are upgraded, unknown effects kept) and render one to
 * an MP4 with media read from local files.
 */
export async function loadDraft(source: string | object): Promise<Draft> {
  if (typeof source !== 'string') return parseDraft(source);
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch {
    throw phrasedError('not_found', phrase('draft.unreadable', { file: source }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw phrasedError(
      'invalid_draft',
      phrase('draft.notJson', { file: source, reason: (error as Error).message }),
    );
  }
  return parseDraft(json);
}

export interface RenderFileOptions extends Omit<RenderOptions, 'resolve'> {
  /** Folder that relative media paths in the draft start from (a loaded draft's own folder); default cwd. */
  baseDir?: string;
  /** Replaces local-file lookup of the draft's media `uri`s. */
  resolve?: RenderOptions['resolve'];
}

/** Renders a draft to an MP4 (H.264 High, BT.709, AAC, faststart). */
export function renderDraft(
  draft: Draft,
  output: string,
  options: RenderFileOptions = {},
): Promise<RenderResult> {
  const { baseDir, resolve: resolver, ...rest } = options;
  return renderWithResolver(draft, resolve(output), {
    ...rest,
    resolve: resolver ?? fileResolver(baseDir ?? process.cwd()),
  });
}

/** The folder a draft file's relative media paths start from. */
export const draftDir = (path: string): string => dirname(resolve(path));
