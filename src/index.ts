/**
 * Joy as a library: the package's only entry point (`import { makeVideo } from 'joy'`). Everything else
 * under src/ is internal and may change without notice.
 */

export {
  catalog,
  type DescribedEffect,
  type EffectDescriptor,
  type EffectGroup,
  type EffectKind,
  effectCatalog,
} from './catalog/index.js';
export { direct } from './director/direct.js';
export type { DirectOptions, DirectorContext, DirectorResult } from './director/types.js';
export { type ErrorCode, isJoyError, JoyError, type JoyErrorOptions } from './errors.js';
export { loadDraft, type RenderFileOptions, renderDraft } from './make/drafts.js';
export {
  type Curation,
  type MadeVideo,
  type MakeVideoOptions,
  makeVideo,
  type PlannedVideo,
  type PlanVideoOptions,
  planVideo,
} from './make/make-video.js';
export type { CanvasOptions, StyleOptions } from './make/options.js';
export {
  type AppliedCommand,
  applyCommands,
  type Change,
  COMMAND_TYPES,
  type CommandType,
  changeText,
  type EditCommand,
} from './model/commands.js';
export type { Draft, MediaRef } from './model/draft.js';
export { emptyDraft } from './model/new-draft.js';
export { summarizeDraft } from './model/summary.js';
export { type UnknownEffect, unknownEffects } from './model/unknown-effects.js';
export { toWire } from './model/wire.js';
export type { MediaResolver, Quality, RenderResult, RenderStatus } from './render/pipeline-types.js';
