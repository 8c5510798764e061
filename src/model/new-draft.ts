import { DRAFT_SCHEMA_NAME, DRAFT_VERSION, type Draft } from './draft.js';
import { type AspectName, canvasSize, type ResolutionName } from './presets.js';
import { validateDraft } from './validate.js';

export function emptyDraft(
  options: { aspect?: AspectName; resolution?: ResolutionName; fps?: number } = {},
): Draft {
  return validateDraft({
    schema: DRAFT_SCHEMA_NAME,
    version: DRAFT_VERSION,
    canvas: {
      ...canvasSize(options.aspect ?? '16:9', options.resolution ?? '1080p'),
      fps: options.fps ?? 30,
    },
    video: [],
  });
}
